package dev.aiir.commands.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line on white space only. Quotes are left alone so that text is kept exactly as
 * its author wrote it.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokens(String line) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(new Token(line.substring(start, i), start, i));
      }
    }
    return tokens;
  }
}
