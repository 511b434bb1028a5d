package dev.aiir.commands.talk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's expression and the fragments a match must contain, one of them at least: a literal test
 * that lets most messages skip the expression (Java's regex engine tries every alternative at every
 * position, and a draft reads hundreds of thousands of messages).
 */
record Cue(String[] fragments, Pattern pattern) {
  /**
   * @param fragments literal pieces separated by {@code |}, in lower case
   * @param regex the expression, written in lower case like every cue
   */
  static Cue of(String fragments, String regex) {
    return new Cue(fragments.split("\\|"), Said.pattern(regex));
  }

  /** Where the first match starts, or -1. */
  int find(String text) {
    for (String fragment : fragments) {
      if (text.contains(fragment)) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
      }
    }
    return -1;
  }

  boolean in(String text) {
    return find(text) >= 0;
  }
}
