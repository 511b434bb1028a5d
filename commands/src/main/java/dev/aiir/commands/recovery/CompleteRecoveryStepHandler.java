package dev.aiir.commands.recovery;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.port.TenantStore;

/** Ticks a checklist step; ticking it again records the newer note as a new entry. */
public final class CompleteRecoveryStepHandler extends IncidentHandler<CompleteRecoveryStep> {
  public CompleteRecoveryStepHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      CompleteRecoveryStep command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              RecoveryProgress progress =
                  new RecoveryProgress(command.step(), context.user(), core.now(), command.note());
              tx.recovery().save(incident.id(), progress);
              String note =
                  command.note() == null || command.note().isBlank() ? "" : ": " + command.note();
              String text = "Recovery step done: " + command.step().title() + note;
              record(tx, incident, context, EntryKind.RECOVERY, text);
              return Reply.toChannel(incident.id() + ": " + text);
            });
  }
}
