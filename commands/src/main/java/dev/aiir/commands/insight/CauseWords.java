package dev.aiir.commands.insight;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The telling words of a root cause, so that incidents with the same cause find each other: words
 * of four letters or more, lower case, a plural's final s dropped ("datasets" and "dataset" are
 * one), without the words every root cause uses ("caused", "because", "issue").
 */
final class CauseWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.][\\p{L}\\p{N}]+)*");
  private static final int SHORTEST = 4;
  private static final Set<String> COMMON =
      Set.of(
          "about",
          "after",
          "again",
          "also",
          "because",
          "been",
          "before",
          "being",
          "cause",
          "caused",
          "causing",
          "could",
          "didn't",
          "does",
          "doesn't",
          "down",
          "during",
          "each",
          "error",
          "failed",
          "failure",
          "from",
          "have",
          "having",
          "incident",
          "into",
          "issue",
          "just",
          "more",
          "most",
          "much",
          "only",
          "other",
          "over",
          "problem",
          "root",
          "same",
          "should",
          "some",
          "such",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "under",
          "until",
          "very",
          "wasn't",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "will",
          "with",
          "without",
          "would");

  private CauseWords() {}

  /** The root cause's telling words, each once, in the order they first appear. */
  static Set<String> of(String rootCause) {
    Set<String> words = new LinkedHashSet<>();
    if (rootCause == null) {
      return words;
    }
    Matcher m = WORD.matcher(rootCause.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = singular(m.group());
      if (word.length() >= SHORTEST && !COMMON.contains(word) && !isNumber(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static String singular(String word) {
    boolean plural =
        word.length() > SHORTEST
            && word.endsWith("s")
            && !word.endsWith("ss")
            && !word.endsWith("us")
            && !word.endsWith("is");
    return plural ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-' || c == '_');
  }
}
