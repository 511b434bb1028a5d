package dev.aiir.commands.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a plan and the gate grammar write them: {@code 72h}, {@code 90m}, {@code 2h30m},
 * {@code 3d}, {@code 45s}; and back, in the same compact form.
 */
public final class Durations {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}[dhms])+");
  private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

  private Durations() {}

  /** The duration written as {@code 2h30m}; empty when the text is not one. */
  public static Optional<Duration> parse(String text) {
    String compact = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    if (!WHOLE.matcher(compact).matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(compact);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
              });
    }
    return Optional.of(total);
  }

  /** {@code 1h30m}, {@code 45s}, {@code 0m}: what {@link #parse} reads back. */
  public static String compact(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    StringBuilder out = new StringBuilder();
    long[] amounts = {seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] > 0) {
        out.append(amounts[i]).append(units[i]);
      }
    }
    return out.length() == 0 ? "0m" : out.toString();
  }
}
