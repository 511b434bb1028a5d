package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One time a rollout was in a phase: when it entered and who moved it there, the traffic it serves
 * now, which of its timers have fired, and how and by whom it ended (all null while it runs).
 *
 * @param phaseName the phase's name when it was entered, kept for the record if the plan changes
 * @param note the reason of a forced promotion or a halt, or a promotion's remark
 */
public record PhaseRun(
    String phaseKey,
    String phaseName,
    int traffic,
    Instant enteredAt,
    UserRef enteredBy,
    Set<PhaseTimer> fired,
    Instant endedAt,
    UserRef endedBy,
    PhaseEnd ending,
    String note) {

  public PhaseRun {
    Objects.requireNonNull(phaseKey, "phaseKey");
    Objects.requireNonNull(phaseName, "phaseName");
    Objects.requireNonNull(enteredAt, "enteredAt");
    Objects.requireNonNull(enteredBy, "enteredBy");
    fired = fired.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fired));
    if ((endedAt == null) != (ending == null)) {
      throw new IllegalArgumentException("a phase run ends with both a time and a way");
    }
  }

  /** A phase just entered. */
  public static PhaseRun entered(Phase phase, int traffic, Instant at, UserRef by) {
    return new PhaseRun(
        phase.key(), phase.name(), traffic, at, by, Set.of(), null, null, null, null);
  }

  public boolean isRunning() {
    return endedAt == null;
  }

  /** How long it has run by {@code now}, or ran until it ended. */
  public Duration timeIn(Instant now) {
    Instant end = endedAt != null ? endedAt : now;
    Duration time = Duration.between(enteredAt, end);
    return time.isNegative() ? Duration.ZERO : time;
  }

  public PhaseRun withTraffic(int percent) {
    return new PhaseRun(
        phaseKey, phaseName, percent, enteredAt, enteredBy, fired, endedAt, endedBy, ending, note);
  }

  public PhaseRun withFired(PhaseTimer timer) {
    Set<PhaseTimer> next = EnumSet.noneOf(PhaseTimer.class);
    next.addAll(fired);
    next.add(timer);
    return new PhaseRun(
        phaseKey, phaseName, traffic, enteredAt, enteredBy, next, endedAt, endedBy, ending, note);
  }

  public PhaseRun ended(Instant at, UserRef by, PhaseEnd how, String remark) {
    return new PhaseRun(
        phaseKey, phaseName, traffic, enteredAt, enteredBy, fired, at, by, how, remark);
  }
}
