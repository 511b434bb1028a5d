package dev.aiir.commands.incident;

import dev.aiir.commands.Core;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.timeline.EntryKind;

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
