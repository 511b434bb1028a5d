package dev.aiir.bot.config;

import dev.aiir.commands.model.Durations;
import java.time.Duration;
import java.util.Optional;

/** Durations as a plan is written: {@code 72h}, {@code 90m}, {@code 2h30m}, {@code 3d}. */
final class DurationText {

  private DurationText() {}

  static Optional<Duration> parse(String text) {
    return Durations.parse(text);
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
