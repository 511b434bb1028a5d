package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.GateState.Announced;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gate's arithmetic: how a check moves a criterion's hold and failure count, and what the
 * criteria add up to for the phase. A check that cannot be evaluated breaks the hold (missing data
 * never counts as holding) and neither adds to nor resets the failures.
 */
final class Verdicts {
  private Verdicts() {}

  /** The criterion's standing after {@code reading} at {@code at}, given its last check. */
  static CriterionCheck next(
      Criterion criterion, Optional<CriterionCheck> before, Reading reading, Instant at) {
    int failures = before.map(CriterionCheck::failures).orElse(0);
    return switch (reading.kind()) {
      case UNKNOWN ->
          new CriterionCheck(
              criterion.text(),
              reading.kind(),
              Double.NaN,
              reading.detail(),
              at,
              null,
              failures,
              Verdict.UNKNOWN);
      case HOLDS -> {
        Instant since =
            before.map(CriterionCheck::holdingSince).filter(s -> !s.isAfter(at)).orElse(at);
        boolean held = Duration.between(since, at).compareTo(criterion.holdFor()) >= 0;
        yield new CriterionCheck(
            criterion.text(),
            reading.kind(),
            reading.value(),
            reading.detail(),
            at,
            since,
            0,
            held ? Verdict.MET : Verdict.WAITING);
      }
      case FAILS -> {
        int now = failures + 1;
        yield new CriterionCheck(
            criterion.text(),
            reading.kind(),
            reading.value(),
            reading.detail(),
            at,
            null,
            now,
            now >= criterion.failures() ? Verdict.BREACHED : Verdict.WAITING);
      }
    };
  }

  /**
   * What the phase's criteria add up to: breached when one is; ready when every one is met, the
   * minimum soak is over and the phase is not the final one (which completes by its own timer);
   * else waiting.
   */
  static Announced phase(
      List<Criterion> criteria, GateState state, boolean minimumReached, boolean finalPhase) {
    boolean breached = false;
    boolean allMet = !criteria.isEmpty();
    for (Criterion criterion : criteria) {
      Optional<Verdict> verdict = state.check(criterion.text()).map(CriterionCheck::verdict);
      breached |= verdict.equals(Optional.of(Verdict.BREACHED));
      allMet &= verdict.equals(Optional.of(Verdict.MET));
    }
    if (breached) {
      return Announced.BREACHED;
    }
    return allMet && minimumReached && !finalPhase ? Announced.READY : Announced.WAITING;
  }
}
