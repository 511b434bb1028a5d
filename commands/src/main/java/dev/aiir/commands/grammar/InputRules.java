package dev.aiir.commands.grammar;

import java.util.Locale;
import java.util.Optional;

/**
 * What a command line may contain before it is parsed: a bounded length and no control or
 * direction-override characters (which hide text from the reader of a timeline).
 */
final class InputRules {
  static final int MAX_LENGTH = 4000;

  private InputRules() {}

  static Optional<String> problem(String line) {
    if (line.length() > MAX_LENGTH) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "That command is %,d characters long; keep it under %,d "
                  + "(long notes fit in several log entries).",
              line.length(),
              MAX_LENGTH));
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isForbidden(c)) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "The command contains the invisible character U+%04X at position %d; "
                    + "remove it and try again.",
                (int) c,
                i + 1));
      }
    }
    return Optional.empty();
  }

  private static boolean isForbidden(char c) {
    boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
    boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return control || bidiOverride;
  }
}
