package dev.aiir.commands.incident;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.export.AutomaticExports;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.pir.PirReminders;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;

/**
 * The one way an incident is resolved, by {@code resolve} or by its alert resolving on a route that
 * says so: the record, the entry, the PIR clock and the automatic exports, in the caller's
 * transaction.
 */
public final class IncidentResolution {
  private IncidentResolution() {}

  /** Resolves {@code incident} now, as {@code author} wrote it from {@code source}. */
  public static Incident resolve(
      Core core,
      TenantStore tx,
      Incident incident,
      UserRef author,
      EntrySource source,
      String summary) {
    Instant now = core.now();
    Incident resolved = incident.resolved(now, now.plus(core.settings().pirWindow()), summary);
    tx.incidents().update(resolved);
    tx.timeline()
        .append(
            incident.id(),
            new TimelineEntry(
                0,
                now,
                now,
                author,
                source,
                EntryKind.RESOLVED,
                IncidentMessages.resolvedEntry(summary),
                null));
    PirReminders.scheduleAfterResolution(core.timers(), resolved);
    AutomaticExports.atResolution(core, tx, resolved);
    return resolved;
  }
}
