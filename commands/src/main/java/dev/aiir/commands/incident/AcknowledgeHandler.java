package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;

/** The on-call responder confirms the incident. */
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
              return Reply.toChannel(incident.id() + ": " + text);
            });
  }
}
