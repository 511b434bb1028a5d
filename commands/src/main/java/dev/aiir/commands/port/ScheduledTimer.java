package dev.aiir.commands.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A timer that should exist: its key and when it is due (in the core's clock).
 *
 * @param movesItself whether the timer, held at an earlier time than {@code at}, may stay there:
 *     firing early it finds it is not due, says nothing and schedules itself at its time (a nudge
 *     follows the timeline that way), so reconciliation need not move it
 */
public record ScheduledTimer(TimerKey key, Instant at, boolean movesItself) {
  public ScheduledTimer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
  }

  /** A timer that must be scheduled at its very time. */
  public ScheduledTimer(TimerKey key, Instant at) {
    this(key, at, false);
  }
}
