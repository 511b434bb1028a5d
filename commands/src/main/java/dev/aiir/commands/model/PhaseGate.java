package dev.aiir.commands.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A phase's metric exit criteria as the plan gives them, and what the bot may do on its own:
 * promote when every criterion holds ({@code autoPromote}), halt when one is breached ({@code
 * autoHalt}). Without criteria the phase's exit criteria are only words a person checks.
 */
public record PhaseGate(List<Criterion> criteria, boolean autoPromote, boolean autoHalt) {
  public static final PhaseGate NONE = new PhaseGate(List.of(), false, false);

  public PhaseGate {
    criteria = List.copyOf(criteria);
    Set<String> seen = new HashSet<>();
    for (Criterion criterion : criteria) {
      if (!seen.add(criterion.text())) {
        throw new IllegalArgumentException("the criterion " + criterion.check() + " is twice");
      }
    }
  }

  /** The same gate with other criteria (an incident's own), keeping what it may do alone. */
  public PhaseGate withCriteria(List<Criterion> others) {
    return new PhaseGate(others, autoPromote, autoHalt);
  }

  /** The first check of any criterion strictly after {@code after}; empty without criteria. */
  public Optional<Instant> nextCheck(Instant enteredAt, Instant after) {
    return criteria.stream().map(c -> c.nextCheck(enteredAt, after)).min(Instant::compareTo);
  }

  public boolean isEmpty() {
    return criteria.isEmpty();
  }
}
