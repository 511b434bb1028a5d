package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.rollout.RolloutMessages;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the {@code gate} commands and {@code rollout check}: replies and refusals. */
final class GateReplies {
  static final String ADD_ONE =
      "`/incident gate add <phase> <query> <comparison> <threshold> [--for 30m] [--every 1m]"
          + " [--failures 3]`";

  private GateReplies() {}

  static String noPhase(String typed, RolloutPlan plan) {
    return "The plan has no phase '"
        + typed
        + "'; its phases are "
        + plan.phases().stream().map(Phase::name).collect(Collectors.joining(", "))
        + ".";
  }

  static String alreadyThere(Phase phase, Criterion criterion) {
    return phase.name() + " already has the metric criterion " + criterion.check() + ".";
  }

  static String noSuchNumber(int number, int count) {
    return count == 0
        ? "No phase has metric criteria to remove."
        : "There is no metric criterion "
            + number
            + " (1 to "
            + count
            + "); `/incident gate list` shows them.";
  }

  static String addedEntry(Phase phase, Criterion criterion) {
    return "Metric criterion added to " + phase.name() + ": " + describe(criterion);
  }

  static String removedEntry(Phase phase, Criterion criterion) {
    return "Metric criterion removed from " + phase.name() + ": " + describe(criterion);
  }

  /**
   * {@code error_ratio < 0.01, held 30 minutes, checked every minute, 3 failing checks breach it}.
   */
  static String describe(Criterion criterion) {
    String held =
        criterion.holdFor().isZero() ? "" : ", held " + RolloutMessages.span(criterion.holdFor());
    return criterion.check()
        + held
        + ", checked every "
        + RolloutMessages.span(criterion.every())
        + ", "
        + GateMessages.failingChecks(criterion.failures())
        + " in a row breach it";
  }

  /** What the gate may do alone, as a phase's heading says it. */
  static String alone(PhaseGate gate) {
    if (gate.autoPromote() && gate.autoHalt()) {
      return " (the bot promotes and halts by itself)";
    }
    if (gate.autoPromote()) {
      return " (the bot promotes by itself)";
    }
    return gate.autoHalt() ? " (the bot halts by itself)" : "";
  }

  static String none(IncidentId id) {
    return id + ": no phase has metric criteria. Add one with " + ADD_ONE + ".";
  }

  static String noneInPhase(IncidentId id, Phase phase) {
    return id + ": " + phase.name() + " has no metric criteria. Add one with " + ADD_ONE + ".";
  }

  static String checkTitle(IncidentId id, Phase phase) {
    return id + ": metric criteria of " + phase.name() + ", checked now";
  }

  static List<String> checkFooter() {
    return List.of(
        "Every series must satisfy its comparison; the worst one is shown. No data, NaN or an"
            + " error counts as not holding.");
  }
}
