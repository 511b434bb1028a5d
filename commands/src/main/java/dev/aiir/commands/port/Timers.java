package dev.aiir.commands.port;

import java.time.Instant;
import java.util.Collection;

/**
 * Durable one-shot timers: each fires once, and a cancelled one never fires. Instants are in the
 * core's clock (a drill's clock runs faster; the implementation maps it to real time).
 */
public interface Timers {

  /**
   * Schedules (or moves) the timer {@code key} to fire at {@code at}; the same call twice is one.
   */
  void schedule(TimerKey key, Instant at);

  /** Cancels the timer; cancelling one that does not exist does nothing. */
  void cancel(TimerKey key);

  /**
   * Makes sure each of {@code timers} is scheduled at its instant, leaving alone those that already
   * are: start-up's reconciliation. Implementations may do it in bulk.
   */
  default void ensure(Collection<ScheduledTimer> timers) {
    timers.forEach(timer -> schedule(timer.key(), timer.at()));
  }
}
