package dev.aiir.commands.action;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.export.AutomaticExports;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;

/** Adds an action item; items may be added after resolution, while the review is written. */
public final class AddActionHandler extends IncidentHandler<AddAction> {
  public AddActionHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      AddAction command, CommandContext context, TenantStore tx, Incident incident) {
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              ActionItem item =
                  tx.actions()
                      .add(
                          incident.id(),
                          new ActionItem(
                              0,
                              command.priority(),
                              command.text(),
                              command.owner().orElse(null),
                              context.user(),
                              core.now(),
                              null,
                              null));
              record(tx, incident, context, EntryKind.ACTION, ActionMessages.addedEntry(item));
              AutomaticExports.itemChanged(core, tx, incident, item);
              return Reply.toChannel(
                  incident.id() + ": Action item added: " + ActionMessages.listLine(item));
            });
  }
}
