package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.port.TenantStore;

/** Records a model rollback; a rollback mitigates an incident still under investigation. */
public final class RecordRollbackHandler extends IncidentHandler<RecordRollback> {
  public RecordRollbackHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      RecordRollback command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              String text =
                  IncidentMessages.rollbackEntry(
                      command.model(), command.version(), command.reason());
              if (incident.state() == IncidentState.INVESTIGATING) {
                tx.incidents().update(incident.withState(IncidentState.MITIGATED));
              }
              record(tx, incident, context, EntryKind.ROLLBACK, text);
              return Reply.toChannel(incident.id() + ": " + text);
            });
  }
}
