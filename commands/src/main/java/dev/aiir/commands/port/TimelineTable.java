package dev.aiir.commands.port;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tenant's timelines, inside its transaction: entries are appended, never edited. */
public interface TimelineTable {
  /**
   * Appends an entry and returns it with its sequence number. Entries taken from a platform message
   * go through {@link #appendOnce} instead.
   */
  TimelineEntry append(IncidentId id, TimelineEntry entry);

  /**
   * Appends an entry taken from a platform message ({@code sourceRef} set) unless one with the same
   * source already exists: a message pinned twice is one entry. Empty when it was already there.
   */
  Optional<TimelineEntry> appendOnce(IncidentId id, TimelineEntry entry);

  /**
   * Appends entries in one go, in their order, without handing back their sequence numbers: for
   * loading many at once (an import, the report benchmark). A store may send them as one batch.
   */
  default void appendAll(IncidentId id, List<TimelineEntry> entries) {
    entries.forEach(entry -> append(id, entry));
  }

  /** The incident's timeline in order of time, then of writing. */
  List<TimelineEntry> of(IncidentId id);

  /**
   * When each open incident's timeline was last written to (its latest entry's recording time,
   * leaving out entries of the kind {@code except}), in one read; an incident without such entries
   * is absent. For the timers' reconciliation.
   */
  Map<IncidentId, Instant> lastRecordedOfOpen(EntryKind except);

  /**
   * The entries of open incidents whose text starts with {@code prefix} (exactly, case included),
   * by incident, each list in timeline order; one read. For the timers' reconciliation.
   */
  Map<IncidentId, List<TimelineEntry>> ofOpenWithText(String prefix);

  /**
   * The entries of open incidents whose source reference starts with {@code prefix}, by incident,
   * each list in timeline order; one read. For the timers' reconciliation.
   */
  Map<IncidentId, List<TimelineEntry>> ofOpenWithSource(String prefix);
}
