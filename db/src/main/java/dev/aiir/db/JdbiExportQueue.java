package dev.aiir.db;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.ExportQueue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code export_jobs} table as the outbox the export dispatcher runs from, across tenants. A
 * claim is one statement; as with deliveries, the outer condition is checked again after a
 * PostgreSQL replica waits for another's row locks, so two replicas never claim one job at once.
 */
final class JdbiExportQueue implements ExportQueue {
  private static final String COLUMNS =
      """
      id, tenant_platform, tenant_workspace, incident_id, target, item_number, automatic,
      requested_by_id, requested_by_name, attempts
      """;
  private static final String CLAIM_DUE =
      """
      UPDATE export_jobs SET claimed_at = :now
      WHERE done_at IS NULL AND (claimed_at IS NULL OR claimed_at < :stale) AND id IN (
        SELECT id FROM export_jobs
        WHERE done_at IS NULL AND (claimed_at IS NULL OR claimed_at < :stale)
          AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
          AND tenant_platform IN (<platforms>)
        ORDER BY id
        LIMIT :limit)
      RETURNING
      """
          + COLUMNS;
  // Read without the writers' lock: most polls find nothing to do and need not take it.
  private static final String ANY_DUE =
      """
      SELECT id FROM export_jobs
      WHERE done_at IS NULL AND (claimed_at IS NULL OR claimed_at < :stale)
        AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
        AND tenant_platform IN (<platforms>)
      LIMIT 1
      """;
  private static final String CLAIM_ONE =
      """
      UPDATE export_jobs SET claimed_at = :now
      WHERE id = :id AND done_at IS NULL AND claimed_at IS NULL
      RETURNING
      """
          + COLUMNS;
  private static final String DONE =
      "UPDATE export_jobs SET done_at = :at, outcome = :outcome WHERE id = :id";
  private static final String RETRY =
      """
      UPDATE export_jobs
      SET claimed_at = NULL, attempts = attempts + 1, next_attempt_at = :at, last_problem = :problem
      WHERE id = :id AND done_at IS NULL
      """;
  private static final String ABANDON =
      """
      UPDATE export_jobs SET done_at = :at, outcome = 'abandoned', last_problem = :problem
      WHERE id = :id AND done_at IS NULL
      """;
  private static final String OWNER =
      """
      SELECT tenant_platform, tenant_workspace, incident_id, item_number
      FROM tracker_issues WHERE target = :target AND issue_key = :key
      """;

  private final Jdbi jdbi;
  private final Writers writers;

  JdbiExportQueue(Jdbi jdbi, Writers writers) {
    this.jdbi = jdbi;
    this.writers = writers;
  }

  @Override
  public List<ExportJob> claimDue(
      Instant now, Instant staleBefore, Set<Platform> platforms, int limit) {
    if (platforms.isEmpty()) {
      return List.of();
    }
    List<String> keys = platforms.stream().map(Platform::key).sorted().toList();
    boolean anyDue =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(ANY_DUE)
                    .bind("now", now.toEpochMilli())
                    .bind("stale", staleBefore.toEpochMilli())
                    .bindList("platforms", keys)
                    .mapTo(Long.class)
                    .findOne()
                    .isPresent());
    if (!anyDue) {
      return List.of();
    }
    return writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createQuery(CLAIM_DUE)
                        .bind("now", now.toEpochMilli())
                        .bind("stale", staleBefore.toEpochMilli())
                        .bindList("platforms", keys)
                        .bind("limit", limit)
                        .map(JdbiExportQueue::job)
                        .stream()
                        .sorted(Comparator.comparingLong(ExportJob::id))
                        .toList()));
  }

  @Override
  public Optional<ExportJob> claim(long id, Instant now) {
    return writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createQuery(CLAIM_ONE)
                        .bind("id", id)
                        .bind("now", now.toEpochMilli())
                        .map(JdbiExportQueue::job)
                        .findOne()));
  }

  @Override
  public void done(long id, Instant at, String outcome) {
    update(DONE, id, at, "outcome", outcome);
  }

  @Override
  public void retryLater(long id, Instant at, String problem) {
    update(RETRY, id, at, "problem", problem);
  }

  @Override
  public void abandon(long id, Instant at, String problem) {
    update(ABANDON, id, at, "problem", problem);
  }

  private void update(String sql, long id, Instant at, String name, String text) {
    writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createUpdate(sql)
                        .bind("id", id)
                        .bind("at", at.toEpochMilli())
                        .bind(name, text)
                        .execute()));
  }

  @Override
  public Optional<IssueOwner> ownerOf(ExportTarget target, String key) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(OWNER)
                .bind("target", target.key())
                .bind("key", key)
                .map(
                    (row, context) ->
                        new IssueOwner(
                            Columns.tenant(row),
                            new IncidentId(row.getString("incident_id")),
                            row.getInt("item_number")))
                .findOne());
  }

  private static ExportJob job(ResultSet row, StatementContext context) throws SQLException {
    return new ExportJob(
        row.getLong("id"),
        Columns.tenant(row),
        new IncidentId(row.getString("incident_id")),
        ExportRows.target(row.getString("target")),
        row.getInt("item_number"),
        row.getInt("automatic") == 1,
        Columns.user(row, "requested_by"),
        row.getInt("attempts"));
  }
}
