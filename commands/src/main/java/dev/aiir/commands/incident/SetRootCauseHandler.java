package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.port.TenantStore;

/**
 * Sets the root cause. Naming it is the checklist's first step, so that step is ticked too unless
 * someone already ticked it.
 */
public final class SetRootCauseHandler extends IncidentHandler<SetRootCause> {
  public SetRootCauseHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      SetRootCause command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              tx.incidents().update(incident.withRootCause(command.text()));
              record(tx, incident, context, EntryKind.ROOT_CAUSE, "Root cause identified");
              boolean ticked =
                  tx.recovery().of(incident.id()).stream()
                      .anyMatch(p -> p.step() == RecoveryStep.ROOT_CAUSE);
              if (!ticked) {
                tx.recovery()
                    .save(
                        incident.id(),
                        new RecoveryProgress(
                            RecoveryStep.ROOT_CAUSE, context.user(), core.now(), null));
              }
              return Reply.toChannel(incident.id() + ": Root cause identified: " + command.text());
            });
  }
}
