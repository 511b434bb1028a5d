package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * Begins the staged restoration at the plan's first phase, or begins again there after a halt, and
 * schedules that phase's timers.
 */
public final class StartRolloutHandler extends RolloutHandler<StartRollout> {
  public StartRolloutHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      StartRollout command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Rollout> existing = tx.rollouts().of(incident.id());
    Optional<Reply> refusal =
        refuseIfClosed(incident).or(() -> refuseIfUnderway(incident, existing));
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Phase first = plan().first();
    int traffic = command.traffic().orElse(first.traffic().low());
    if (!first.traffic().contains(traffic)) {
      return Reply.refusal(RolloutMessages.outOfRange(first, traffic));
    }
    PhaseRun run = PhaseRun.entered(first, traffic, core.now(), context.user());
    tx.rollouts()
        .save(incident.id(), existing.map(r -> r.then(run)).orElseGet(() -> Rollout.started(run)));
    record(tx, incident, context, EntryKind.ROLLOUT, RolloutMessages.startedEntry(first, traffic));
    PhaseGate gate = PhaseSchedule.entered(tx, core.timers(), plan(), incident.id(), run, first);
    String title = RolloutMessages.startedTitle(incident.id(), first, traffic);
    return Reply.toChannel(RolloutCards.entered(title, plan(), first, run, gate));
  }

  private static Optional<Reply> refuseIfUnderway(Incident incident, Optional<Rollout> existing) {
    return existing.flatMap(
        rollout ->
            switch (rollout.status()) {
              case ACTIVE ->
                  Optional.of(
                      Reply.refusal(
                          RolloutMessages.alreadyRunning(incident.id(), rollout.current())));
              case COMPLETE -> Optional.of(Reply.refusal(RolloutMessages.complete(incident.id())));
              case HALTED -> Optional.empty();
            });
  }
}
