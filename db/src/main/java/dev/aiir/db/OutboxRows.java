package dev.aiir.db;

import dev.aiir.commands.model.Notice;
import dev.aiir.commands.port.OutboxTable;
import java.time.Instant;

/** Queues notices in the {@code deliveries} table inside a tenant's transaction. */
final class OutboxRows implements OutboxTable {
  // The unique index on the dedupe key settles a notice decided twice: the second adds nothing.
  private static final String ENQUEUE =
      """
      INSERT INTO deliveries
        (tenant_platform, tenant_workspace, dedupe_key, recipient_kind, recipient_id, message,
         created_at)
      VALUES
        (:tenant_platform, :tenant_workspace, :dedupe_key, :recipient_kind, :recipient_id,
         :message, :created_at)
      ON CONFLICT (tenant_platform, tenant_workspace, dedupe_key) DO NOTHING
      """;

  private final TenantScope scope;

  OutboxRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public boolean enqueue(String dedupeKey, Notice notice, Instant at) {
    return scope
            .update(ENQUEUE)
            .bind("dedupe_key", dedupeKey)
            .bind("recipient_kind", notice.to().kind().key())
            .bind("recipient_id", notice.to().id())
            .bind("message", MessageJson.write(notice.message()))
            .bind("created_at", Columns.millis(at))
            .execute()
        == 1;
  }
}
