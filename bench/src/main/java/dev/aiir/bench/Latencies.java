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

  double maxMillis() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
  }
}
