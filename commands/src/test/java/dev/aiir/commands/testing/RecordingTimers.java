package dev.aiir.commands.testing;

import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Timers that only remember what is scheduled, for assertions. */
public final class RecordingTimers implements Timers {
  private final Map<TimerKey, Instant> scheduled = new LinkedHashMap<>();

  @Override
  public synchronized void schedule(TimerKey key, Instant at) {
    scheduled.put(key, at);
  }

  @Override
  public synchronized void cancel(TimerKey key) {
    scheduled.remove(key);
  }

  public synchronized Map<TimerKey, Instant> scheduled() {
    return Map.copyOf(scheduled);
  }
}
