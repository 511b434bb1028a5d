package dev.aiir.commands.insight;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The two summaries a report gives of a set of durations. The median is the middle value, or the
 * mean of the two middle values of an even count (to the millisecond, rounded down). The 90th
 * percentile is by nearest rank: the smallest value with at least 90% of the values at or below it,
 * the value of rank ⌈0.9 × n⌉ in ascending order, so it is always one of the durations measured (of
 * 1 to 10 values, the largest but for 10, where it is the 9th).
 */
public final class Percentiles {
  private Percentiles() {}

  /** The median of {@code sorted} (ascending); empty when there is none. */
  public static Optional<Duration> median(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    if (n % 2 == 1) {
      return Optional.of(sorted.get(n / 2));
    }
    long low = sorted.get(n / 2 - 1).toMillis();
    long high = sorted.get(n / 2).toMillis();
    return Optional.of(Duration.ofMillis(Math.floorDiv(low + high, 2)));
  }

  /**
   * The {@code percent}th percentile of {@code sorted} (ascending) by nearest rank: the value of
   * rank ⌈percent/100 × n⌉, counting from 1. Empty when there is none.
   */
  public static Optional<Duration> nearestRank(List<Duration> sorted, int percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("a percentile is from 1 to 100, not " + percent);
    }
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    // ⌈percent × n / 100⌉ in integers, so that 90% of 10 is exactly rank 9.
    int rank = (int) ((percent * (long) n + 99) / 100);
    return Optional.of(sorted.get(Math.max(rank, 1) - 1));
  }
}
