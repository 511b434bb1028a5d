package dev.aiir.commands.recovery;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.RecoveryChecklist;
import dev.aiir.commands.port.TenantStore;
import java.util.List;

/** Shows the remediation checklist. */
public final class ShowRecoveryHandler extends IncidentHandler<ShowRecovery> {
  public ShowRecoveryHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ShowRecovery command, CommandContext context, TenantStore tx, Incident incident) {
    RecoveryChecklist checklist = new RecoveryChecklist(tx.recovery().of(incident.id()));
    List<String> lines = new java.util.ArrayList<>(checklist.lines());
    lines.add("Tick a step with `/incident recovery done <step> [note]`.");
    return Reply.toChannel(Message.of("Recovery of " + incident.id(), List.of(), lines));
  }
}
