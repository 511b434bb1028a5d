package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;
import java.util.List;
import java.util.Optional;

/**
 * Removes the n-th metric criterion of {@code gate list} for this incident (commander or admin),
 * the plan's ones included: the phase's criteria become the incident's own. A running phase left
 * without criteria stops its gate.
 */
public final class RemoveGateHandler extends GateChangeHandler<RemoveGate> {
  public RemoveGateHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      RemoveGate command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal = refuseUnlessAllowed(incident, context);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    PlanCriteria all = PlanCriteria.of(tx, incident, plan());
    Optional<PlanCriteria.Numbered> removed = all.number(command.number());
    if (removed.isEmpty()) {
      return Reply.refusal(GateReplies.noSuchNumber(command.number(), all.all().size()));
    }
    List<Criterion> left =
        all.of(removed.get().phase()).stream()
            .filter(n -> n.number() != command.number())
            .map(PlanCriteria.Numbered::criterion)
            .toList();
    return change(
        context,
        tx,
        incident,
        removed.get().phase(),
        left,
        GateReplies.removedEntry(removed.get().phase(), removed.get().criterion()));
  }
}
