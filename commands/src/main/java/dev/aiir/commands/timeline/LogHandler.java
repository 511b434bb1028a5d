package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;

/** Adds a note by its author; the reply repeats what was kept, defused, so the author sees it. */
public final class LogHandler extends IncidentHandler<Log> {
  public LogHandler(Core core) {
    super(core);
  }

  @Override
  protected Reply handle(Log command, CommandContext context, TenantStore tx, Incident incident) {
    Instant now = core.now();
    Instant at =
        command.at().flatMap(t -> t.toInstant(now, core.settings().teamZone())).orElse(now);
    if (at.isAfter(now)) {
      return Reply.refusal("--at " + command.at().get().text() + " is in the future.");
    }
    return refuseIfClosed(incident)
        .orElseGet(
            () -> {
              TimelineEntry entry =
                  recordAt(tx, incident, context, at, EntryKind.NOTE, command.text());
              return Reply.toChannel(
                  "Logged on "
                      + incident.id()
                      + " at "
                      + TimeFormats.clock(entry.at())
                      + " by "
                      + context.user().handle()
                      + ": "
                      + entry.text());
            });
  }
}
