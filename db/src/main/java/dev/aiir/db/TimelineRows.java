package dev.aiir.db;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TimelineTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code timeline_entries} table: append-only, its identity column the order of writing. */
final class TimelineRows implements TimelineTable {
  private static final String INSERT =
      """
      INSERT INTO timeline_entries
        (tenant_platform, tenant_workspace, incident_id, occurred_at, recorded_at,
         author_id, author_name, source, kind, body, source_ref)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :occurred_at, :recorded_at,
         :author_id, :author_name, :source, :kind, :body, :source_ref)
      """;
  private static final String APPEND = INSERT + "RETURNING seq";
  // The unique index on source_ref settles two racing pins: the loser inserts nothing.
  private static final String APPEND_ONCE =
      INSERT
          + """
          ON CONFLICT (tenant_platform, tenant_workspace, incident_id, source_ref) DO NOTHING
          RETURNING seq
          """;
  private static final String TIMELINE =
      """
      SELECT seq, occurred_at, recorded_at, author_id, author_name, source, kind, body, source_ref
      FROM timeline_entries
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      ORDER BY occurred_at, seq
      """;

  // Reconciliation's bulk reads: the open incidents' entries, joined to their incidents.
  private static final String OF_OPEN =
      """
      FROM timeline_entries t
      JOIN incidents i
        ON i.tenant_platform = t.tenant_platform AND i.tenant_workspace = t.tenant_workspace
        AND i.id = t.incident_id
      WHERE t.tenant_platform = :tenant_platform AND t.tenant_workspace = :tenant_workspace
        AND i.state <> :closed
      """;
  private static final String LAST_RECORDED_OF_OPEN =
      "SELECT t.incident_id, MAX(t.recorded_at) AS last_recorded "
          + OF_OPEN
          + "AND t.kind <> :except GROUP BY t.incident_id";
  private static final String ENTRIES_OF_OPEN =
      "SELECT t.incident_id, t.seq, t.occurred_at, t.recorded_at, t.author_id, t.author_name,"
          + " t.source, t.kind, t.body, t.source_ref "
          + OF_OPEN;
  // substr, not LIKE: exact and case-sensitive on both databases, whatever the prefix holds.
  private static final String OF_OPEN_WITH_TEXT =
      ENTRIES_OF_OPEN
          + "AND substr(t.body, 1, :length) = :prefix ORDER BY t.incident_id, t.occurred_at, t.seq";
  private static final String OF_OPEN_WITH_SOURCE =
      ENTRIES_OF_OPEN
          + "AND substr(t.source_ref, 1, :length) = :prefix"
          + " ORDER BY t.incident_id, t.occurred_at, t.seq";

  private final TenantScope scope;

  TimelineRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public TimelineEntry append(IncidentId id, TimelineEntry entry) {
    long sequence = bindEntry(scope.query(APPEND), id, entry).map(TimelineRows::sequence).one();
    return asStored(entry, sequence);
  }

  @Override
  public Optional<TimelineEntry> appendOnce(IncidentId id, TimelineEntry entry) {
    Objects.requireNonNull(entry.sourceRef(), "sourceRef");
    return bindEntry(scope.query(APPEND_ONCE), id, entry)
        .map(TimelineRows::sequence)
        .findOne()
        .map(sequence -> asStored(entry, sequence));
  }

  /** One batch of inserts: a round trip per batch instead of one per entry. */
  @Override
  public void appendAll(IncidentId id, List<TimelineEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    PreparedBatch batch = scope.batch(INSERT);
    for (TimelineEntry entry : entries) {
      scope.bindTenant(bindEntry(batch, id, entry)).add();
    }
    batch.execute();
  }

  @Override
  public List<TimelineEntry> of(IncidentId id) {
    return scope.query(TIMELINE).bind("incident_id", id.value()).map(TimelineRows::entry).list();
  }

  @Override
  public Map<IncidentId, Instant> lastRecordedOfOpen(EntryKind except) {
    Map<IncidentId, Instant> last = new HashMap<>();
    scope
        .query(LAST_RECORDED_OF_OPEN)
        .bind("closed", IncidentState.CLOSED.label())
        .bind("except", except.key())
        .map(
            (row, context) ->
                Map.entry(
                    new IncidentId(row.getString("incident_id")),
                    Columns.instant(row, "last_recorded")))
        .forEach(pair -> last.put(pair.getKey(), pair.getValue()));
    return last;
  }

  @Override
  public Map<IncidentId, List<TimelineEntry>> ofOpenWithText(String prefix) {
    return ofOpen(OF_OPEN_WITH_TEXT, prefix);
  }

  @Override
  public Map<IncidentId, List<TimelineEntry>> ofOpenWithSource(String prefix) {
    return ofOpen(OF_OPEN_WITH_SOURCE, prefix);
  }

  private Map<IncidentId, List<TimelineEntry>> ofOpen(String sql, String prefix) {
    Map<IncidentId, List<TimelineEntry>> found = new LinkedHashMap<>();
    scope
        .query(sql)
        .bind("closed", IncidentState.CLOSED.label())
        .bind("length", prefix.length())
        .bind("prefix", prefix)
        .map(
            (row, context) ->
                Map.entry(new IncidentId(row.getString("incident_id")), entry(row, context)))
        .forEach(
            pair ->
                found.computeIfAbsent(pair.getKey(), id -> new ArrayList<>()).add(pair.getValue()));
    return found;
  }

  private static <S extends SqlStatement<S>> S bindEntry(
      S statement, IncidentId id, TimelineEntry entry) {
    return Columns.bindUser(statement, "author", entry.author())
        .bind("incident_id", id.value())
        .bind("occurred_at", Columns.millis(entry.at()))
        .bind("recorded_at", Columns.millis(entry.recordedAt()))
        .bind("source", entry.source().key())
        .bind("kind", entry.kind().key())
        .bind("body", entry.text())
        .bind("source_ref", entry.sourceRef());
  }

  /** The entry as a later read returns it: numbered, and its times to the millisecond. */
  private static TimelineEntry asStored(TimelineEntry entry, long sequence) {
    return new TimelineEntry(
        sequence,
        entry.at(),
        entry.recordedAt().truncatedTo(ChronoUnit.MILLIS),
        entry.author(),
        entry.source(),
        entry.kind(),
        entry.text(),
        entry.sourceRef());
  }

  /**
   * The returned {@code seq}, read directly: {@code mapTo(Long.class)} looks its mapper up among
   * Jdbi's registered ones on every call, a visible share of a {@code log} command's CPU.
   */
  private static long sequence(ResultSet row, StatementContext context) throws SQLException {
    return row.getLong(1);
  }

  private static TimelineEntry entry(ResultSet row, StatementContext context) throws SQLException {
    return new TimelineEntry(
        row.getLong("seq"),
        Columns.instant(row, "occurred_at"),
        Columns.instant(row, "recorded_at"),
        Columns.user(row, "author"),
        Codes.parse(EntrySource.class, row.getString("source"), EntrySource::key),
        Codes.parse(EntryKind.class, row.getString("kind"), EntryKind::key),
        row.getString("body"),
        row.getString("source_ref"));
  }
}
