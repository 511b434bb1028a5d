package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Halts the rollout: records the reason and cancels the current phase's timers. */
public final class HaltRolloutHandler extends RolloutHandler<HaltRollout> {
  public HaltRolloutHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      HaltRollout command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    Optional<Reply> refusal =
        refuseUnlessOpenAndManaged(incident, context, "halt the rollout of")
            .or(() -> refuseUnlessActive(incident, rollout));
    if (refusal.isPresent()) {
      return refusal.get();
    }
    PhaseRun run =
        rollout
            .get()
            .current()
            .ended(core.now(), context.user(), PhaseEnd.HALTED, command.reason());
    tx.rollouts().save(incident.id(), rollout.get().withCurrent(run));
    record(
        tx,
        incident,
        context,
        EntryKind.ROLLOUT,
        RolloutMessages.haltedEntry(run, command.reason()));
    PhaseSchedule.cancel(core.timers(), incident.tenant(), incident.id(), run.phaseKey());
    return Reply.toChannel(RolloutMessages.haltedReply(incident.id(), run, plan()));
  }
}
