package dev.aiir.commands.port;

import java.time.Instant;

/** Durable one-shot timers: each fires once, and a cancelled one never fires. */
public interface Timers {

  /** Schedules (or moves) the timer {@code key} to fire at {@code at}. */
  void schedule(TimerKey key, Instant at);

  /** Cancels the timer; cancelling one that does not exist does nothing. */
  void cancel(TimerKey key);
}
