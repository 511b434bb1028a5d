package dev.aiir.commands.action;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.TenantStore;
import java.util.List;

/** Lists the action items with their numbers, for {@code action done <n>}. */
public final class ListActionsHandler extends IncidentHandler<ListActions> {
  public ListActionsHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(
      ListActions command, CommandContext context, TenantStore tx, Incident incident) {
    List<ActionItem> items = tx.actions().of(incident.id());
    if (items.isEmpty()) {
      return Reply.toChannel(incident.id() + ": " + ActionMessages.noSuchItem(0, 0));
    }
    List<TrackedIssue> issues = tx.exports().issues(incident.id());
    List<String> lines = items.stream().map(item -> ActionMessages.listLine(item, issues)).toList();
    return Reply.toChannel(Message.of("Action items of " + incident.id(), List.of(), lines));
  }
}
