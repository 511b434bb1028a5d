package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.port.TenantStore;

/**
 * The on-call responder confirms the incident. On an incident nobody commands yet (an alert
 * declared it), the one who acknowledges it takes command.
 */
public final class AcknowledgeHandler extends IncidentHandler<Acknowledge> {
  public AcknowledgeHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      Acknowledge command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              String text = IncidentMessages.ackEntry(context.user().handle());
              record(tx, incident, context, EntryKind.ACK, text);
              if (incident.commander().isPresent()) {
                return Reply.toChannel(incident.id() + ": " + text);
              }
              tx.incidents().update(incident.withRole(Role.COMMANDER, context.user()));
              String took = IncidentMessages.ackTookCommand(context.user().handle());
              record(tx, incident, context, EntryKind.ROLE, took);
              return Reply.toChannel(incident.id() + ": " + text + "\n" + took + ".");
            });
  }
}
