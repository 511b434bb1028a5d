package dev.aiir.commands.action;

import dev.aiir.commands.Core;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.IncidentHandler;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.timeline.EntryKind;
import java.util.List;

/** Ticks off an action item by its number. */
public final class CompleteActionHandler extends IncidentHandler<CompleteAction> {
  public CompleteActionHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      CompleteAction command, CommandContext context, TenantStore tx, Incident incident) {
    List<ActionItem> items = tx.actions(incident.id());
    if (command.number() < 1 || command.number() > items.size()) {
      return Reply.refusal(ActionMessages.noSuchItem(command.number(), items.size()));
    }
    ActionItem item = items.get(command.number() - 1);
    if (item.isDone()) {
      return Reply.refusal("Action item " + item.number() + " is already done.");
    }
    ActionItem done = item.done(context.user(), core.now());
    tx.updateAction(incident.id(), done);
    String text = ActionMessages.doneEntry(done);
    record(tx, incident, context, EntryKind.ACTION, text);
    return Reply.toChannel(incident.id() + ": " + text);
  }
}
