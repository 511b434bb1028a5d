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

  /**
   * A cue that is only words, or the starts of words ("roll" for "roll back" and "rollback"): found
   * where one of them begins a word, without a regular expression.
   */
  static Cue words(String stems) {
    return new Cue(stems.split("\\|"), null);
  }

  /** Where the first match starts, or -1. */
  int find(String text) {
    if (pattern == null) {
      return wordStart(text);
    }
    for (String fragment : fragments) {
      if (text.contains(fragment)) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
      }
    }
    return -1;
  }

  private int wordStart(String text) {
    int first = -1;
    for (String stem : fragments) {
      for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
          first = first < 0 ? at : Math.min(first, at);
          break;
        }
      }
    }
    return first;
  }

  boolean in(String text) {
    return find(text) >= 0;
  }
}
