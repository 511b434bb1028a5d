package dev.aiir.db;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.model.Delivery;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.DeliveryQueue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code deliveries} table as the queue the dispatcher sends from, across tenants. A claim is
 * one statement, so two dispatchers never claim the same row. On PostgreSQL two replicas' claims
 * may pick the same rows in their subqueries; the second waits for the first's row locks and then
 * re-checks only the outer condition, which is why {@code claimed_at IS NULL} stands there too.
 */
final class JdbiDeliveryQueue implements DeliveryQueue {
  private static final String CLAIM =
      """
      UPDATE deliveries SET claimed_at = :now
      WHERE claimed_at IS NULL AND id IN (
        SELECT id FROM deliveries
        WHERE claimed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
          AND tenant_platform IN (<platforms>)
        ORDER BY id
        LIMIT :limit)
      RETURNING id, tenant_platform, tenant_workspace, recipient_kind, recipient_id, message,
                attempts
      """;
  private static final String SENT = "UPDATE deliveries SET sent_at = :at WHERE id = :id";
  private static final String RETRY =
      """
      UPDATE deliveries
      SET claimed_at = NULL, attempts = attempts + 1, next_attempt_at = :at, last_problem = :problem
      WHERE id = :id AND sent_at IS NULL
      """;
  private static final String IN_FLIGHT =
      "SELECT count(*) FROM deliveries WHERE claimed_at IS NOT NULL AND sent_at IS NULL";

  private final Jdbi jdbi;
  private final Writers writers;

  JdbiDeliveryQueue(Jdbi jdbi, Writers writers) {
    this.jdbi = jdbi;
    this.writers = writers;
  }

  @Override
  public List<Delivery> claimDue(Instant now, Set<Platform> platforms, int limit) {
    if (platforms.isEmpty()) {
      return List.of();
    }
    List<String> keys = platforms.stream().map(Platform::key).sorted().toList();
    return writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createQuery(CLAIM)
                        .bind("now", now.toEpochMilli())
                        .bindList("platforms", keys)
                        .bind("limit", limit)
                        .map(JdbiDeliveryQueue::delivery)
                        .stream()
                        .sorted(Comparator.comparingLong(Delivery::id))
                        .toList()));
  }

  @Override
  public void markSent(long id, Instant at) {
    writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createUpdate(SENT)
                        .bind("id", id)
                        .bind("at", at.toEpochMilli())
                        .execute()));
  }

  @Override
  public void retryLater(long id, Instant at, String problem) {
    writers.one(
        () ->
            jdbi.inTransaction(
                handle ->
                    handle
                        .createUpdate(RETRY)
                        .bind("id", id)
                        .bind("at", at.toEpochMilli())
                        .bind("problem", problem)
                        .execute()));
  }

  @Override
  public int inFlight() {
    return jdbi.withHandle(handle -> handle.createQuery(IN_FLIGHT).mapTo(Integer.class).one());
  }

  private static Delivery delivery(ResultSet row, StatementContext context) throws SQLException {
    Recipient.Kind kind =
        Codes.parse(Recipient.Kind.class, row.getString("recipient_kind"), Recipient.Kind::key);
    return new Delivery(
        row.getLong("id"),
        Columns.tenant(row),
        new Recipient(kind, row.getString("recipient_id")),
        MessageJson.read(row.getString("message")),
        row.getInt("attempts"));
  }
}
