package dev.aiir.commands.handling;

import dev.aiir.commands.port.TimerKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A timer that came due.
 *
 * @param dueAt when it was scheduled for (the core's clock): a feature compares it with when its
 *     records say the timer is due, so a timer left over from an earlier schedule does nothing
 * @param now when it is handled, later than {@code dueAt} after downtime
 */
public record FiredTimer(TimerKey key, Instant dueAt, Instant now) {
  public FiredTimer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(now, "now");
  }

  /** The purpose's segments after the feature's name: {@code [limited, min]}. */
  public String[] details() {
    String purpose = key.purpose();
    int slash = purpose.indexOf('/');
    return slash < 0 ? new String[0] : purpose.substring(slash + 1).split("/");
  }
}
