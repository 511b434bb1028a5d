package dev.aiir.commands.grammar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A share of traffic as typed: {@code 5%} or {@code 5}, from 0 to 100. */
record Percent(int value) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,3})%?");

  static Optional<Percent> parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
      return Optional.empty();
    }
    return Optional.of(new Percent(Integer.parseInt(m.group(1))));
  }
}
