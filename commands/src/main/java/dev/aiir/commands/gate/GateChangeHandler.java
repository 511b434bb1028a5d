package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.TenantStore;
import java.util.List;
import java.util.Optional;

/**
 * A change to an incident's metric criteria: for its commander and incident admins, recorded on the
 * timeline, and followed by the running phase's gate at once.
 */
abstract class GateChangeHandler<C extends TargetedCommand> extends IncidentHandler<C> {
  GateChangeHandler(Core core) {
    super(core);
  }

  RolloutPlan plan() {
    return core.settings().rolloutPlan();
  }

  Optional<Reply> refuseUnlessAllowed(Incident incident, CommandContext context) {
    return refuseUnlessOpenAndManaged(incident, context, "change the metric criteria of");
  }

  /** Saves {@code criteria} as the phase's for this incident and says what they are now. */
  Reply change(
      CommandContext context,
      TenantStore tx,
      Incident incident,
      Phase phase,
      List<Criterion> criteria,
      String entry) {
    tx.gates().override(incident.id(), phase.key(), criteria);
    record(tx, incident, context, EntryKind.ROLLOUT, entry);
    GateRun.reschedule(core, tx, incident);
    PlanCriteria all = PlanCriteria.of(tx, incident, plan());
    List<String> lines =
        all.of(phase).isEmpty()
            ? List.of(phase.name() + " has no metric criteria now.")
            : all.of(phase).stream().map(ListGatesHandler::numbered).toList();
    return Reply.toChannel(
        Message.of(
            GateMessages.changedTitle(incident.id(), phase),
            List.of(),
            concat(List.of(entry + "."), lines)));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
