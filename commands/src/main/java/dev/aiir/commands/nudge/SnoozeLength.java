package dev.aiir.commands.nudge;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a snooze's length: {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 90min}. */
final class SnoozeLength {
  private static final Pattern LENGTH =
      Pattern.compile("(?:(\\d{1,2})\\s*h(?:ours?)?)?\\s*(?:(\\d{1,4})\\s*m(?:in(?:utes?)?)?)?");

  private SnoozeLength() {}

  /** The length, when the text is one between a minute and {@link Snooze#LONGEST}. */
  static Optional<Duration> parse(String text) {
    Matcher matcher = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (text.isBlank() || !matcher.matches()) {
      return Optional.empty();
    }
    Duration length =
        Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)));
    if (length.isZero() || length.compareTo(Snooze.LONGEST) > 0) {
      return Optional.empty();
    }
    return Optional.of(length);
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
