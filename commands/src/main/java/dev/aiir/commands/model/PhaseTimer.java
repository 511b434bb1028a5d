package dev.aiir.commands.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The timers a phase schedules on entry: its minimum soak and its maximum, or for the final phase
 * the one that says it has been stable long enough.
 */
public enum PhaseTimer {
  MINIMUM("min"),
  MAXIMUM("max"),
  STABLE("stable");

  private final String key;

  PhaseTimer(String key) {
    this.key = key;
  }

  /** The last segment of the timer's purpose, such as {@code min} in {@code rollout/canary/min}. */
  public String key() {
    return key;
  }

  /** How long after entering the phase it fires. */
  public Duration after(Phase phase) {
    return this == MAXIMUM ? phase.maximum() : phase.minimum();
  }

  public static Optional<PhaseTimer> ofKey(String key) {
    for (PhaseTimer timer : values()) {
      if (timer.key.equals(key.toLowerCase(Locale.ROOT))) {
        return Optional.of(timer);
      }
    }
    return Optional.empty();
  }
}
