package dev.aiir.commands.export;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentLookup;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exports the incident's action items to a tracker, one issue each, while its author waits: the
 * jobs are queued in one transaction, then run outside it (no transaction stays open over the
 * network), and the reply lists each issue or says what failed and what happens next.
 */
public final class ExportActionsHandler implements Handler<ExportActions> {
  private final Core core;
  private final ExportRequests requests;

  public ExportActionsHandler(Core core) {
    this.core = core;
    this.requests = new ExportRequests(core);
  }

  private record Queued(
      Reply refusal,
      Incident incident,
      ExportTarget target,
      List<ActionItem> items,
      List<Long> jobs) {}

  @Override
  public Reply handle(ExportActions command, CommandContext context) {
    Queued queued =
        core.store()
            .inTransaction(
                context.tenant(),
                tx -> {
                  Incident incident = IncidentLookup.find(tx, command, context).orElse(null);
                  if (incident == null) {
                    return refused(HandlingMessages.notFound(command.target()));
                  }
                  ExportTargets.Choice choice =
                      ExportTargets.choose(core, context.tenant(), command.to(), true);
                  if (choice.target().isEmpty()) {
                    return refused(choice.refusal());
                  }
                  List<ActionItem> items = tx.actions().of(incident.id());
                  if (items.isEmpty()) {
                    return refused(ExportMessages.noActionItems(incident.id()));
                  }
                  List<Long> jobs = new ArrayList<>();
                  for (ActionItem item : items) {
                    jobs.add(
                        tx.exports()
                            .enqueue(
                                incident.id(),
                                choice.target().get(),
                                item.number(),
                                false,
                                context.user(),
                                core.exports().realClock().instant(),
                                requests.holdUntil()));
                  }
                  return new Queued(null, incident, choice.target().get(), items, jobs);
                });
    if (queued.refusal() != null) {
      return queued.refusal();
    }
    String again =
        "/incident action export --id " + queued.incident().id() + " --to " + queued.target().key();
    ExportRequests.Results results = requests.run(queued.jobs(), queued.target(), again);
    return reply(queued, results);
  }

  private static Queued refused(String why) {
    return new Queued(Reply.refusal(why), null, null, null, null);
  }

  private static Reply reply(Queued queued, ExportRequests.Results results) {
    Map<Integer, ActionItem> byNumber =
        queued.items().stream().collect(Collectors.toMap(ActionItem::number, Function.identity()));
    List<String> lines = new ArrayList<>();
    for (Exported exported : results.done()) {
      lines.add(ExportMessages.itemLine(byNumber.get(exported.job().item()), exported));
    }
    for (Long busy : results.busy()) {
      int index = queued.jobs().indexOf(busy);
      lines.add(ExportMessages.busy(queued.items().get(index).number()));
    }
    lines.addAll(results.problems());
    if (results.done().isEmpty() && results.busy().isEmpty()) {
      return Reply.refusal(String.join("\n", lines));
    }
    String title =
        queued.incident().id()
            + ": "
            + results.done().size()
            + " of "
            + queued.items().size()
            + " action items exported to "
            + queued.target().label();
    return Reply.toChannel(Message.of(title, List.of(), lines));
  }
}
