package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;

/** Sets the impact statement that the PIR summary carries. */
public final class SetImpactHandler extends IncidentHandler<SetImpact> {
  public SetImpactHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      SetImpact command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              tx.incidents().update(incident.withImpact(command.text()));
              record(tx, incident, context, EntryKind.IMPACT, "Impact updated");
              return Reply.toChannel(incident.id() + ": Impact updated: " + command.text());
            });
  }
}
