package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimeFormats;
import java.time.Instant;
import java.util.List;

/** Lists this workspace's incidents that are not closed yet. */
public final class ListOpenHandler implements Handler<ListOpen> {
  private final Core core;

  public ListOpenHandler(Core core) {
    this.core = core;
  }

  @Override
  public Reply handle(ListOpen command, CommandContext context) {
    List<Incident> open =
        core.store().inTransaction(context.tenant(), tx -> tx.incidents().listOpen());
    if (open.isEmpty()) {
      return Reply.toChannel("No open incidents.");
    }
    Instant now = core.now();
    List<String> lines = open.stream().map(incident -> line(incident, now)).toList();
    return Reply.toChannel(Message.of("Open incidents (" + open.size() + ")", List.of(), lines));
  }

  private static String line(Incident incident, Instant now) {
    return String.join(
        " · ",
        incident.id().value(),
        incident.severity().label(),
        incident.state().label(),
        TimeFormats.words(incident.duration(now)),
        incident.title());
  }
}
