package dev.aiir.commands.insight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One metric over a group of incidents: how many could be measured, how many could not (and are
 * left out rather than guessed), the median and the 90th percentile ({@link Percentiles}).
 */
public record Figure(
    int measured, int excluded, Optional<Duration> median, Optional<Duration> p90) {
  public Figure {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(p90, "p90");
  }

  /** The figure of {@code durations} (in any order), with {@code excluded} incidents left out. */
  public static Figure of(List<Duration> durations, int excluded) {
    List<Duration> sorted = new ArrayList<>(durations);
    sorted.sort(null);
    return new Figure(
        sorted.size(), excluded, Percentiles.median(sorted), Percentiles.nearestRank(sorted, 90));
  }

  public static Figure none() {
    return new Figure(0, 0, Optional.empty(), Optional.empty());
  }
}
