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
import java.util.List;

/** Ticks off an action item by its number. */
public final class CompleteActionHandler extends IncidentHandler<CompleteAction> {
  public CompleteActionHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      CompleteAction command, CommandContext context, TenantStore tx, Incident incident) {
    List<ActionItem> items = tx.actions().of(incident.id());
    if (command.number() < 1 || command.number() > items.size()) {
      return Reply.refusal(ActionMessages.noSuchItem(command.number(), items.size()));
    }
    ActionItem item = items.get(command.number() - 1);
    if (item.isDone()) {
      return Reply.refusal("Action item " + item.number() + " is already done.");
    }
    ActionItem done = item.done(context.user(), core.now());
    tx.actions().update(incident.id(), done);
    String text = ActionMessages.doneEntry(done);
    record(tx, incident, context, EntryKind.ACTION, text);
    AutomaticExports.itemChanged(core, tx, incident, done);
    return Reply.toChannel(incident.id() + ": " + text);
  }
}
