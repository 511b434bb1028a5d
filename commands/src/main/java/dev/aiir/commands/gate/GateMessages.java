package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.rollout.RolloutMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The words of the metric gates: timeline entries, the channel's lines, replies and refusals. */
final class GateMessages {
  private GateMessages() {}

  // Timeline entries: each change of a criterion's verdict, with its value and when it was read.

  /** Empty when the change is not worth an entry (a first check still waiting). */
  static Optional<String> verdictEntry(
      Phase phase, Criterion criterion, Optional<CriterionCheck> before, CriterionCheck now) {
    Verdict was = before.map(CriterionCheck::verdict).orElse(Verdict.WAITING);
    if (was == now.verdict()) {
      return Optional.empty();
    }
    String what =
        switch (now.verdict()) {
          case MET -> "met: " + value(now) + held(criterion);
          case BREACHED ->
              "breached: " + value(now) + " after " + failingChecks(now.failures()) + " in a row";
          case UNKNOWN -> "could not be evaluated: " + now.detail();
          case WAITING ->
              switch (was) {
                case MET -> "no longer met: " + value(now);
                case BREACHED -> "no longer breached: " + value(now);
                default -> "evaluated again: " + value(now);
              };
        };
    return Optional.of(phase.name() + " gate: " + criterion.check() + " " + what);
  }

  private static String held(Criterion criterion) {
    return criterion.holdFor().isZero()
        ? ""
        : " (held for " + RolloutMessages.span(criterion.holdFor()) + ")";
  }

  static String failingChecks(int count) {
    return count == 1 ? "1 failing check" : count + " failing checks";
  }

  /** {@code 0.83}, or {@code 0.83 {region="eu"}} when the series matters. */
  static String value(CriterionCheck check) {
    if (check.reading() == CriterionCheck.Reading.UNKNOWN) {
      return "could not evaluate (" + check.detail() + ")";
    }
    return Criterion.number(check.value()) + (check.detail().isEmpty() ? "" : " " + check.detail());
  }

  /** One criterion as a line of a message: {@code - error_ratio < 0.01: 0.004, held 2 hours}. */
  static String line(Criterion criterion, Optional<CriterionCheck> check, Instant now) {
    if (check.isEmpty()) {
      return "- " + criterion.check() + ": not checked yet";
    }
    CriterionCheck c = check.get();
    String standing =
        switch (c.verdict()) {
          case MET -> ", held " + RolloutMessages.span(since(c, now));
          case WAITING ->
              c.reading() == CriterionCheck.Reading.HOLDS
                  ? ", holding for "
                      + RolloutMessages.span(since(c, now))
                      + " of "
                      + RolloutMessages.span(criterion.holdFor())
                  : ", "
                      + c.failures()
                      + " of "
                      + failingChecks(criterion.failures())
                      + " in a row";
          case BREACHED -> ", " + failingChecks(c.failures()) + " in a row";
          case UNKNOWN -> "";
        };
    return "- " + criterion.check() + ": " + value(c) + standing;
  }

  private static Duration since(CriterionCheck check, Instant now) {
    return check.holdingSince() == null
        ? Duration.ZERO
        : Duration.between(check.holdingSince(), now);
  }

  // The channel's messages.

  static String readyTitle(IncidentId id, Phase phase) {
    return id + ": " + phase.name() + " is ready to promote";
  }

  static String breachedTitle(IncidentId id, Phase phase) {
    return id + ": " + phase.name() + " breached a metric criterion";
  }

  static String changedTitle(IncidentId id, Phase phase) {
    return id + ": metric criteria of " + phase.name();
  }

  static String everyHolds(Phase phase) {
    return "Every metric criterion of " + phase.name() + " holds:";
  }

  static String breachedLead(Phase phase) {
    return "A metric criterion of " + phase.name() + " is breached:";
  }

  static String promoteNext(Incident incident) {
    return "Promote: `/incident rollout promote --id " + incident.id() + "`";
  }

  static String haltNext(Incident incident) {
    return "Halt: `/incident rollout halt --id " + incident.id() + " <reason>`";
  }

  static String noLongerReady(Phase phase) {
    return phase.name() + " is no longer ready to promote: a metric criterion stopped holding.";
  }

  static String noLongerBreached(Phase phase) {
    return "No metric criterion of " + phase.name() + " is breached any more.";
  }

  static String couldNotEvaluate(Criterion criterion, CriterionCheck check) {
    return "Could not evaluate "
        + criterion.check()
        + ": "
        + check.detail()
        + ". Until it can be, it counts as not holding; the bot never promotes on missing data.";
  }

  static String evaluatedAgain(Criterion criterion, CriterionCheck check) {
    return criterion.check() + " can be evaluated again: " + value(check) + ".";
  }

  /** The remark of a promotion the gate made: the evidence. */
  static String autoPromoted(String values) {
    return "every metric criterion held (" + values + ")";
  }

  /** The reason of a halt the gate made. */
  static String autoHalted(Criterion criterion, CriterionCheck check) {
    return "metric criterion "
        + criterion.check()
        + " breached: "
        + value(check)
        + " after "
        + failingChecks(check.failures())
        + " in a row";
  }

  static String unfilled(String placeholder, Incident incident) {
    return switch (placeholder) {
      case "model", "version" ->
          incident.id()
              + " names no model"
              + (placeholder.equals("version") && incident.model() != null ? " version" : "")
              + " for $"
              + placeholder
              + " (declare it with --model NAME@VERSION)";
      default -> "$" + placeholder + " has no value";
    };
  }
}
