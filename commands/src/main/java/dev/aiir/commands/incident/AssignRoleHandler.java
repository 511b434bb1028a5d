package dev.aiir.commands.incident;

import dev.aiir.commands.Core;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.timeline.EntryKind;
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
    tx.update(incident.withRole(command.role(), command.user()));
    record(tx, incident, context, EntryKind.ROLE, text);
    return Reply.toChannel(incident.id() + ": " + text);
  }
}
