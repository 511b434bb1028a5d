package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.handling.Permissions;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * Assigns a role. Handing over command is for the commander and incident admins, since the
 * commander may resolve; comms and scribe are anyone's to take or give.
 */
public final class AssignRoleHandler extends IncidentHandler<AssignRole> {
  public AssignRoleHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      AssignRole command, CommandContext context, TenantStore tx, Incident incident) {
    Optional<Reply> refusal = refuseIfClosed(incident);
    if (refusal.isEmpty() && command.role() == Role.COMMANDER) {
      refusal = Permissions.requireManager(incident, context, "hand over command of");
    }
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String text = IncidentMessages.roleEntry(command.user().handle(), command.role());
    tx.incidents().update(incident.withRole(command.role(), command.user()));
    record(tx, incident, context, EntryKind.ROLE, text);
    return Reply.toChannel(incident.id() + ": " + text);
  }
}
