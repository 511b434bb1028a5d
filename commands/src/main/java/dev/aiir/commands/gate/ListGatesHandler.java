package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists every phase's metric criteria for this incident, numbered for {@code gate remove <n>}, with
 * the running phase's standing from its latest checks.
 */
public final class ListGatesHandler extends IncidentHandler<ListGates> {
  public ListGatesHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ListGates command, CommandContext context, TenantStore tx, Incident incident) {
    PlanCriteria all = PlanCriteria.of(tx, incident, core.settings().rolloutPlan());
    if (all.all().isEmpty()) {
      return Reply.toChannel(GateReplies.none(incident.id()));
    }
    Optional<GateRun> running = GateRun.of(core, tx, incident);
    List<String> lines = new ArrayList<>();
    for (Phase phase : core.settings().rolloutPlan().phases()) {
      List<PlanCriteria.Numbered> of = all.of(phase);
      if (of.isEmpty()) {
        continue;
      }
      boolean here = running.map(r -> r.phase().key().equals(phase.key())).orElse(false);
      lines.add(
          phase.name()
              + (here ? " (running)" : "")
              + (of.get(0).own() ? ", set for this incident" : "")
              + GateReplies.alone(PhaseSchedule.gateOf(tx, incident.id(), phase))
              + ":");
      for (PlanCriteria.Numbered numbered : of) {
        lines.add(numbered(numbered));
        if (here) {
          lines.add(
              "   now: "
                  + GateMessages.line(
                          numbered.criterion(),
                          running.get().state().check(numbered.criterion().text()),
                          core.now())
                      .substring(2));
        }
      }
    }
    lines.add("`/incident gate remove <n>` removes one; " + GateReplies.ADD_ONE + " adds one.");
    return Reply.toChannel(Message.of("Metric criteria of " + incident.id(), List.of(), lines));
  }

  /** {@code 2. error_ratio < 0.01, checked every minute, 3 failing checks in a row breach it}. */
  static String numbered(PlanCriteria.Numbered numbered) {
    return numbered.number() + ". " + GateReplies.describe(numbered.criterion());
  }
}
