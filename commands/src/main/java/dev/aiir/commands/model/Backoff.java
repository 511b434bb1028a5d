package dev.aiir.commands.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before retrying a failed send: doubling from {@code first} up to {@code max},
 * never giving up. A platform's own Retry-After wins when it asks for longer.
 */
public record Backoff(Duration first, Duration max) {
  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
  }

  /** One second, doubling to five minutes. */
  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  public Duration after(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
