package dev.aiir.commands.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The free-text words of one command, as written: runs of adjacent words keep their original
 * spacing and line breaks; runs separated by an option are joined with one space.
 */
final class WrittenText {
  private final String line;
  private final List<Integer> tokenIndexes;
  private final List<Token> tokens;

  WrittenText(String line, List<Token> tokens, List<Integer> positionalIndexes) {
    this.line = line;
    this.tokens = tokens;
    this.tokenIndexes = List.copyOf(positionalIndexes);
  }

  /** The text from the {@code from}-th free word to the end, or "" when there is none. */
  String from(int from) {
    if (from >= tokenIndexes.size()) {
      return "";
    }
    List<String> runs = new ArrayList<>();
    int runStart = tokenIndexes.get(from);
    int previous = runStart;
    for (int i = from + 1; i < tokenIndexes.size(); i++) {
      int index = tokenIndexes.get(i);
      if (index != previous + 1) {
        runs.add(span(runStart, previous));
        runStart = index;
      }
      previous = index;
    }
    runs.add(span(runStart, previous));
    return unquoted(String.join(" ", runs));
  }

  private String span(int firstToken, int lastToken) {
    return line.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
  }

  /**
   * {@code "GPU OOM"} typed with quotes is {@code GPU OOM}: the quotes were for the shell habit.
   */
  private static String unquoted(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      boolean quoted = (first == '"' || first == '\'') && first == last;
      String inner = text.substring(1, text.length() - 1);
      if (quoted && inner.indexOf(first) < 0) {
        return inner;
      }
    }
    return text;
  }
}
