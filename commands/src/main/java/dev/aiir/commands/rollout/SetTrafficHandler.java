package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Records the traffic the current phase serves; a share outside the phase's range is refused. */
public final class SetTrafficHandler extends RolloutHandler<SetTraffic> {
  public SetTrafficHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      SetTraffic command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> closed = refuseIfClosed(incident);
    if (closed.isPresent()) {
      return closed.get();
    }
    return whenRunning(tx, incident, found -> setTraffic(command, context, tx, incident, found));
  }

  private Reply setTraffic(
      SetTraffic command,
      CommandContext context,
      TenantStore tx,
      Incident incident,
      RunningRollout found) {
    Phase phase = found.phase();
    if (!phase.traffic().contains(command.percent())) {
      return Reply.refusal(RolloutMessages.outOfRange(phase, command.percent()));
    }
    PhaseRun run = found.run().withTraffic(command.percent());
    tx.rollouts().save(incident.id(), found.rollout().withCurrent(run));
    record(
        tx,
        incident,
        context,
        EntryKind.ROLLOUT,
        RolloutMessages.trafficEntry(phase, command.percent()));
    return Reply.toChannel(RolloutMessages.trafficReply(incident.id(), phase, command.percent()));
  }
}
