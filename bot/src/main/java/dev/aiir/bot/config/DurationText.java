package dev.aiir.bot.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a plan is written: {@code 72h}, {@code 90m}, {@code 2h30m}, {@code 3d}. */
final class DurationText {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+[dhms])+");
  private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

  private DurationText() {}

  static Optional<Duration> parse(String text) {
    String compact = text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
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

  /**
   * A phase's durations, {@code 2h-4h} (or {@code 2-4h}) for a minimum and a maximum, or one
   * duration for both; empty when it is neither.
   */
  static Optional<Duration[]> range(String text) {
    String[] ends = text.split("-", -1);
    if (ends.length == 1) {
      return parse(ends[0]).map(d -> new Duration[] {d, d});
    }
    if (ends.length != 2) {
      return Optional.empty();
    }
    String high = ends[1].strip();
    String low = ends[0].strip();
    if (low.matches("\\d+") && !high.isEmpty()) {
      low = low + high.charAt(high.length() - 1);
    }
    Optional<Duration> min = parse(low);
    Optional<Duration> max = parse(high);
    return min.isPresent() && max.isPresent()
        ? Optional.of(new Duration[] {min.get(), max.get()})
        : Optional.empty();
  }
}
