package dev.aiir.commands.handling;

import dev.aiir.commands.port.TimerKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A timer that came due.
 *
 * @param dueAt when it was scheduled for (the core's clock): a feature compares it with when its
 *     records say the timer is due, so a timer left over from an earlier schedule does nothing
 * @param now when it is handled, later than {@code dueAt} after downtime
 * @param prepared what the feature's {@link TimerFeature#prepare} found outside the transaction (a
 *     metrics query's answers), or null
 */
public record FiredTimer(TimerKey key, Instant dueAt, Instant now, Object prepared) {
  public FiredTimer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(now, "now");
  }

  /** A timer with nothing prepared. */
  public FiredTimer(TimerKey key, Instant dueAt, Instant now) {
    this(key, dueAt, now, null);
  }

  /** What was prepared, when it is of {@code type}. */
  public <T> Optional<T> prepared(Class<T> type) {
    return type.isInstance(prepared) ? Optional.of(type.cast(prepared)) : Optional.empty();
  }

  /** The purpose's segments after the feature's name: {@code [limited, min]}. */
  public String[] details() {
    String purpose = key.purpose();
    int slash = purpose.indexOf('/');
    return slash < 0 ? new String[0] : purpose.substring(slash + 1).split("/");
  }
}
