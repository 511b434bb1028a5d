package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a metric criterion to one phase for this incident (commander or admin): from then on the
 * phase's criteria are the incident's own, the plan's included. When the phase is running, its gate
 * checks the new criterion on its grid at once.
 */
public final class AddGateHandler extends GateChangeHandler<AddGate> {
  public AddGateHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      AddGate command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal = refuseUnlessAllowed(incident, context);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Optional<Phase> phase =
        plan().phases().stream().filter(p -> p.isNamed(command.phase())).findFirst();
    if (phase.isEmpty()) {
      return Reply.refusal(GateReplies.noPhase(command.phase(), plan()));
    }
    Criterion added = command.criterion();
    List<Criterion> criteria =
        new ArrayList<>(PhaseSchedule.gateOf(tx, incident.id(), phase.get()).criteria());
    if (criteria.stream().anyMatch(c -> c.text().equals(added.text()))) {
      return Reply.refusal(GateReplies.alreadyThere(phase.get(), added));
    }
    criteria.add(added);
    return change(
        context, tx, incident, phase.get(), criteria, GateReplies.addedEntry(phase.get(), added));
  }
}
