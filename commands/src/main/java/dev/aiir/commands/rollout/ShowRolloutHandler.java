package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;

/**
 * Shows the plan with the current phase marked, the traffic, the time in phase and the next timer.
 */
public final class ShowRolloutHandler extends RolloutHandler<ShowRollout> {
  public ShowRolloutHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ShowRollout command, CommandContext context, TenantStore tx, Incident incident) {
    return Reply.toChannel(
        RolloutCards.status(incident, tx.rollouts().of(incident.id()), plan(), core.now()));
  }
}
