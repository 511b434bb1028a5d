package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.IncidentFile;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.OpenActions;
import dev.aiir.commands.port.ReportFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The reports' queries: one row per incident with its first ack and first rollback found through
 * the {@code timeline_by_kind} index (migration V8), streamed to the caller as read; open action
 * items counted by the database. Reads run outside the store's writers: on SQLite they read the
 * write-ahead log beside a writer, on PostgreSQL in a read-only transaction (a consistent snapshot,
 * and a cursor that fetches the rows in batches).
 */
final class InsightRows implements InsightQueries {
  private static final int FETCH_SIZE = 1_000;
  private static final String FIRST_OF_KIND =
      """
      (SELECT MIN(e.occurred_at) FROM timeline_entries e
        WHERE e.tenant_platform = i.tenant_platform AND e.tenant_workspace = i.tenant_workspace
          AND e.incident_id = i.id AND e.kind = :%s)""";
  private static final String INCIDENTS =
      """
      SELECT i.tenant_platform, i.tenant_workspace, i.id, i.title, i.severity, i.state, i.model,
        i.detected_at, i.resolved_at, i.pir_due_at, i.root_cause,
        CASE WHEN i.pir_link IS NULL THEN 0 ELSE 1 END AS pir_done,
        %s AS first_ack_at,
        %s AS first_rollback_at
      FROM incidents i
      WHERE %s
      ORDER BY i.detected_at, i.tenant_platform, i.tenant_workspace, i.id
      """
          .formatted(FIRST_OF_KIND.formatted("ack"), FIRST_OF_KIND.formatted("rollback"), "%s");
  private static final String OPEN_ACTIONS =
      """
      SELECT a.priority, a.owner_id, MAX(a.owner_name) AS owner_name, COUNT(*) AS open_count
      FROM action_items a
      JOIN incidents i ON i.tenant_platform = a.tenant_platform
        AND i.tenant_workspace = a.tenant_workspace AND i.id = a.incident_id
      WHERE a.done_at IS NULL AND %s
      GROUP BY a.priority, a.owner_id
      ORDER BY a.priority, a.owner_id
      """;

  private final Jdbi jdbi;
  private final Dialect dialect;

  InsightRows(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  @Override
  public void incidents(ReportFilter filter, Consumer<IncidentFacts> each) {
    reading(
        handle -> {
          Query query = handle.createQuery(INCIDENTS.formatted(where(filter)));
          bind(query, filter)
              .bind("ack", EntryKind.ACK.key())
              .bind("rollback", EntryKind.ROLLBACK.key())
              .setFetchSize(FETCH_SIZE)
              .map(facts())
              .forEach(each);
          return null;
        });
  }

  @Override
  public List<OpenActions> openActions(ReportFilter filter) {
    return reading(
        handle ->
            bind(handle.createQuery(OPEN_ACTIONS.formatted(where(filter))), filter)
                .map(InsightRows::openActions)
                .list());
  }

  @Override
  public Optional<IncidentFile> incident(Tenant tenant, IncidentId id) {
    return reading(
        handle -> {
          TenantScope scope = new TenantScope(handle, tenant, dialect);
          return new IncidentRows(scope, new IncidentCounters(scope))
              .read(id)
              .map(
                  incident ->
                      new IncidentFile(
                          incident,
                          new TimelineRows(scope).of(id),
                          new ActionRows(scope).of(id),
                          new RecoveryRows(scope).of(id),
                          new RolloutRows(scope).of(id),
                          new AlertRows(scope).of(id),
                          new ExportRows(scope).issues(id)));
        });
  }

  /**
   * Runs {@code work} read-only, never as one of the writers. Called inside one of the store's
   * transactions on this thread (the digest's), Jdbi hands back that transaction's handle, and the
   * read joins it.
   */
  private <T> T reading(Function<Handle, T> work) {
    return jdbi.withHandle(
        handle -> {
          if (!dialect.streamsOnlyInTransactions() || handle.isInTransaction()) {
            return work.apply(handle);
          }
          handle.begin();
          try {
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return work.apply(handle);
          } finally {
            handle.rollback();
          }
        });
  }

  /** The filter's conditions on {@code incidents i}; only the bindings they use are bound. */
  private static String where(ReportFilter filter) {
    StringBuilder where = new StringBuilder("i.detected_at >= :since AND i.detected_at < :until");
    if (!filter.severities().isEmpty()) {
      // Levels are the enum's own small integers, never user text.
      where
          .append(" AND i.severity IN (")
          .append(
              filter.severities().stream()
                  .map(s -> Integer.toString(s.level()))
                  .sorted()
                  .collect(Collectors.joining(", ")))
          .append(')');
    }
    if (filter.model().isPresent()) {
      where.append(
          " AND (i.model = :model OR substr(i.model, 1, :model_prefix_length) = :model_prefix)");
    }
    if (filter.tenant().isPresent()) {
      where.append(
          " AND i.tenant_platform = :tenant_platform AND i.tenant_workspace = :tenant_workspace");
    }
    return where.toString();
  }

  private static Query bind(Query query, ReportFilter filter) {
    query
        .bind("since", Columns.millis(filter.since()))
        .bind("until", Columns.millis(filter.until()));
    filter
        .model()
        .ifPresent(
            model -> {
              String prefix = model + "@";
              query
                  .bind("model", model)
                  .bind("model_prefix", prefix)
                  .bind("model_prefix_length", prefix.codePointCount(0, prefix.length()));
            });
    filter
        .tenant()
        .ifPresent(
            tenant ->
                query
                    .bind("tenant_platform", tenant.platform().key())
                    .bind("tenant_workspace", tenant.workspaceId()));
    return query;
  }

  /** The tenant of a row: a report of 10,000 rows has a handful of tenants, each read once. */
  private static Tenant tenant(ResultSet row, Map<String, Tenant> seen) throws SQLException {
    String key = row.getString("tenant_platform") + ":" + row.getString("tenant_workspace");
    Tenant known = seen.get(key);
    if (known == null) {
      known = Columns.tenant(row);
      seen.put(key, known);
    }
    return known;
  }

  private static IncidentFacts facts(ResultSet row, Map<String, Tenant> tenants)
      throws SQLException {
    return new IncidentFacts(
        tenant(row, tenants),
        new IncidentId(row.getString("id")),
        row.getString("title"),
        Severity.ofLevel(row.getInt("severity")),
        Codes.parse(IncidentState.class, row.getString("state"), IncidentState::label),
        row.getString("model"),
        Columns.instant(row, "detected_at"),
        Columns.instant(row, "first_ack_at"),
        Columns.instant(row, "first_rollback_at"),
        Columns.instant(row, "resolved_at"),
        Columns.instant(row, "pir_due_at"),
        row.getInt("pir_done") == 1,
        row.getString("root_cause"));
  }

  private static RowMapper<IncidentFacts> facts() {
    Map<String, Tenant> tenants = new HashMap<>();
    return (row, context) -> facts(row, tenants);
  }

  private static OpenActions openActions(ResultSet row, StatementContext context)
      throws SQLException {
    return new OpenActions(
        Codes.parse(Priority.class, row.getString("priority"), Priority::name),
        Optional.ofNullable(Columns.user(row, "owner")),
        row.getInt("open_count"));
  }
}
