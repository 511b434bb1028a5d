package dev.aiir.commands.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The metric gate of one phase run: when its evaluation timer last ran and runs next, what was last
 * announced in the channel, and each criterion's latest check.
 *
 * @param lastDue the due time of the last evaluation handled (the phase's entry before the first)
 * @param nextAt when the evaluation timer is due next
 */
public record GateState(
    Instant lastDue, Instant nextAt, Announced announced, List<CriterionCheck> checks) {

  /** The phase's verdict the channel was last told of. */
  public enum Announced {
    WAITING,
    READY,
    BREACHED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GateState {
    Objects.requireNonNull(lastDue, "lastDue");
    Objects.requireNonNull(nextAt, "nextAt");
    Objects.requireNonNull(announced, "announced");
    checks = List.copyOf(checks);
  }

  /** A phase run whose gate has not been evaluated yet. */
  public static GateState fresh(Instant enteredAt, Instant nextAt) {
    return new GateState(enteredAt, nextAt, Announced.WAITING, List.of());
  }

  /** The latest check of the criterion with this {@link Criterion#text()}. */
  public Optional<CriterionCheck> check(String criterion) {
    return checks.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
  }

  public GateState withNextAt(Instant value) {
    return new GateState(lastDue, value, announced, checks);
  }
}
