package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.manager.ManagerAlerts;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.nudge.UpdateNudges;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Upgrades or downgrades the severity: for the commander and incident admins. */
public final class ChangeSeverityHandler extends IncidentHandler<ChangeSeverity> {
  public ChangeSeverityHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ChangeSeverity command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal =
        refuseUnlessOpenAndManaged(incident, context, "change the severity of");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (command.severity() == incident.severity()) {
      return Reply.refusal(incident.id() + " is already " + incident.severity().label() + ".");
    }
    String text =
        IncidentMessages.severityEntry(incident.severity(), command.severity(), command.reason());
    Incident changed = incident.withSeverity(command.severity());
    tx.incidents().update(changed);
    record(tx, incident, context, EntryKind.SEVERITY, text);
    new ManagerAlerts(core).severityChanged(tx, changed, incident.severity(), core.now());
    new UpdateNudges(core).reschedule(tx, changed, core.now());
    return Reply.toChannel(incident.id() + ": " + text);
  }
}
