package dev.aiir.commands.insight;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** How a report writes durations: short for people ({@code 4h 42m}), exact seconds for machines. */
public final class Elapsed {
  /** What a report shows where nothing could be measured. */
  public static final String NONE = "–";

  private Elapsed() {}

  /**
   * {@code 45s}, {@code 7m 30s}, {@code 4h 42m}, {@code 3d 2h}: two units at most, rounded down.
   */
  public static String compact(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    long days = seconds / 86_400;
    long hours = seconds / 3_600 % 24;
    long minutes = seconds / 60 % 60;
    long rest = seconds % 60;
    if (days > 0) {
      return days + "d" + (hours > 0 ? " " + hours + "h" : "");
    }
    if (hours > 0) {
      return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
    }
    if (minutes > 0) {
      return minutes + "m" + (rest > 0 ? " " + rest + "s" : "");
    }
    return rest + "s";
  }

  public static String compact(Optional<Duration> duration) {
    return duration.map(Elapsed::compact).orElse(NONE);
  }

  /** The duration in seconds, exact to the millisecond: {@code 5400}, {@code 5400.5}. */
  public static BigDecimal seconds(Duration duration) {
    BigDecimal seconds =
        BigDecimal.valueOf(Math.max(0, duration.toMillis()), 3).stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
  }
}
