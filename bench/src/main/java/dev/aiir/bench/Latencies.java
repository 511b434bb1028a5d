package dev.aiir.bench;

import java.util.Arrays;

/** Request latencies in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {
  private final long[] sorted;

  Latencies(long[] nanos) {
    sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  /** The latency at percentile {@code p} (nearest rank), in milliseconds. */
  double percentileMillis(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** How many took longer than {@code millis}. */
  int over(double millis) {
    long limit = (long) (millis * 1e6);
    return (int) Arrays.stream(sorted).filter(nanos -> nanos > limit).count();
  }

  int count() {
    return sorted.length;
  }

  /** The requests that {@code chosen} marks, and the others. */
  record Split(Latencies chosen, Latencies others) {}

  static Split split(long[] nanos, boolean[] chosen) {
    return new Split(
        new Latencies(pick(nanos, chosen, true)), new Latencies(pick(nanos, chosen, false)));
  }

  private static long[] pick(long[] nanos, boolean[] chosen, boolean wanted) {
    return java.util.stream.IntStream.range(0, nanos.length)
        .filter(i -> chosen[i] == wanted)
        .mapToLong(i -> nanos[i])
        .toArray();
  }

  double maxMillis() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
  }
}
