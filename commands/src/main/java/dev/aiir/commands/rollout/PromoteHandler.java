package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Records its author's statement that the phase's exit criteria are met and moves to the next phase
 * (or completes the restoration from the final one). Before the minimum soak it is refused unless
 * forced with a reason, which is recorded.
 */
public final class PromoteHandler extends RolloutHandler<Promote> {
  private final RolloutMoves moves;

  public PromoteHandler(Core core) {
    super(core);
    this.moves = new RolloutMoves(core);
  }

  @Override
  protected Reply handle(
      Promote command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal =
        refuseUnlessOpenAndManaged(incident, context, "promote the rollout of");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return whenRunning(tx, incident, found -> promote(command, context, tx, incident, found));
  }

  private Reply promote(
      Promote command,
      CommandContext context,
      TenantStore tx,
      Incident incident,
      RunningRollout found) {
    Instant now = core.now();
    Phase phase = found.phase();
    Instant minimumAt = found.run().enteredAt().plus(phase.minimum());
    boolean early = now.isBefore(minimumAt);
    if (early && !command.force()) {
      return Reply.refusal(
          RolloutMessages.tooEarly(phase, found.run().timeIn(now), minimumAt, now));
    }
    RolloutMoves.Mover by = new RolloutMoves.Mover(context.user(), EntrySource.COMMAND, now);
    return Reply.toChannel(
        moves.promote(tx, incident, found.rollout(), phase, by, early, command.remark()));
  }
}
