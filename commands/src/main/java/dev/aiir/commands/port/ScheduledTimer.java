package dev.aiir.commands.port;

import java.time.Instant;
import java.util.Objects;

/** A timer that should exist: its key and when it is due (in the core's clock). */
public record ScheduledTimer(TimerKey key, Instant at) {
  public ScheduledTimer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
  }
}
