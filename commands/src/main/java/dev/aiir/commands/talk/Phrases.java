package dev.aiir.commands.talk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words and phrases found whole in a text ("maybe", "i think", "could it be"), looked up
 * word by word instead of tried as alternatives of an expression at every character: the hedges are
 * asked of most sentences of a long channel.
 */
final class Phrases {
  private final Map<String, List<String>> byFirstWord = new HashMap<>();

  /**
   * @param phrases lower case, separated by {@code |}
   */
  Phrases(String phrases) {
    for (String phrase : phrases.split("\\|")) {
      int end = 0;
      while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
        end++;
      }
      byFirstWord.computeIfAbsent(phrase.substring(0, end), k -> new ArrayList<>()).add(phrase);
    }
  }

  boolean in(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !inWord(text, i)) {
        i++;
      }
      int end = i;
      while (end < n && inWord(text, end)) {
        end++;
      }
      if (end > i && starts(text, i, end)) {
        return true;
      }
      i = end;
    }
    return false;
  }

  private boolean starts(String text, int start, int end) {
    List<String> candidates = byFirstWord.get(text.substring(start, end));
    if (candidates == null) {
      return false;
    }
    for (String phrase : candidates) {
      int after = start + phrase.length();
      if (text.startsWith(phrase, start)
          && (after >= text.length()
              || !inWord(text, after)
              || text.charAt(after) == '\'' // "until we" in "until we're"
              || !isWordChar(phrase.charAt(phrase.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Letters, digits and the apostrophe of "i'll": a phrase never starts or ends inside them. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '_';
  }

  /** Whether the text's character is part of a word: an apostrophe only between two letters. */
  private static boolean inWord(String text, int at) {
    char c = text.charAt(at);
    if (c != '\'') {
      return Character.isLetterOrDigit(c) || c == '_';
    }
    return at > 0
        && at + 1 < text.length()
        && Character.isLetter(text.charAt(at - 1))
        && Character.isLetter(text.charAt(at + 1));
  }
}
