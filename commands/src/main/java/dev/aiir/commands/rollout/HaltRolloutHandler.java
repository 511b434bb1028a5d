package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Halts the rollout: records the reason and cancels the current phase's timers. */
public final class HaltRolloutHandler extends RolloutHandler<HaltRollout> {
  private final RolloutMoves moves;

  public HaltRolloutHandler(Core core) {
    super(core);
    this.moves = new RolloutMoves(core);
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
    RolloutMoves.Mover by = new RolloutMoves.Mover(context.user(), EntrySource.COMMAND, core.now());
    return Reply.toChannel(moves.halt(tx, incident, rollout.get(), by, command.reason()));
  }
}
