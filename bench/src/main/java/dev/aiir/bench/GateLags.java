package dev.aiir.bench;

import dev.aiir.commands.TimerFired;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The gate timers' lag: for each firing while recording, from the check's due time to the commit of
 * its transaction (queries answered, verdicts recorded, next check scheduled). Times are the
 * core's, in drill time, so each lag is divided by the time scale into real time.
 */
final class GateLags implements TimerFired.Observer {
  private final long scale;
  private long[] nanos = new long[1 << 14];
  private int count;
  private boolean recording;

  GateLags(long scale) {
    this.scale = scale;
  }

  @Override
  public synchronized void committed(TimerKey key, Instant dueAt, Instant committedAt) {
    if (!recording || !key.feature().equals(PhaseSchedule.GATE_FEATURE)) {
      return;
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = Math.max(0, Duration.between(dueAt, committedAt).toNanos() / scale);
  }

  synchronized void record(boolean on) {
    recording = on;
  }

  /** The lags recorded, real nanoseconds. */
  synchronized Latencies latencies() {
    return new Latencies(Arrays.copyOf(nanos, count));
  }

  synchronized int count() {
    return count;
  }
}
