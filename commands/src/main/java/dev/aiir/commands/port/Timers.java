package dev.aiir.commands.port;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

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
   * Reconciliation: schedules each timer of {@code expected} the scheduler lacks, and moves one it
   * holds at another time; leaves alone those that already are. Implementations read what they hold
   * before they ask {@code expected} for what the store says should exist, so that a timer firing
   * meanwhile is either still held or already recorded as fired; and they may work in bulk.
   */
  default Reconciliation reconcile(Supplier<? extends Collection<ScheduledTimer>> expected) {
    Collection<ScheduledTimer> timers = expected.get();
    timers.forEach(timer -> schedule(timer.key(), timer.at()));
    return new Reconciliation(timers.size(), 0, timers.size(), 0, 0);
  }
}
