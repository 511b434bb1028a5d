package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.TenantStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The incident store on a relational database through Jdbi: one database transaction per call.
 *
 * <p>On SQLite every transaction begins IMMEDIATE, so each is a writer and only one runs at a time
 * anyway. They queue here, first come first served, rather than in SQLite's busy handler, which
 * sleeps up to 100 ms between tries: under a burst of commands that sleeping, not the work, made
 * the slowest acknowledgements (hundreds of milliseconds at 50 concurrent requests). Those that
 * queue together are written together ({@link GroupCommit}). On PostgreSQL transactions run side by
 * side, each locking only the rows it changes.
 */
final class JdbiIncidentStore implements IncidentStore {
  private final Jdbi jdbi;
  private final Jdbi readers;
  private final Writers writers;
  private final Optional<GroupCommit> groupCommit;
  private final Dialect dialect;
  private final InsightRows insights;

  /**
   * {@code readers} serves read-only transactions: on SQLite a pool of its own whose transactions
   * begin DEFERRED and take no write lock (WAL lets them read beside the writer); on PostgreSQL the
   * same pool as {@code jdbi}.
   */
  JdbiIncidentStore(
      Jdbi jdbi,
      Jdbi readers,
      Writers writers,
      Optional<GroupCommit> groupCommit,
      Dialect dialect) {
    // Every statement gets the tenant bound; refusing unused bindings makes a statement that
    // forgets to filter by tenant fail loudly instead of reading across tenants.
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(false);
    readers.getConfig(SqlStatements.class).setUnusedBindingAllowed(false);
    this.jdbi = jdbi;
    this.readers = readers;
    this.writers = writers;
    this.groupCommit = groupCommit;
    this.dialect = dialect;
    this.insights = new InsightRows(readers, dialect);
  }

  @Override
  public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    Objects.requireNonNull(tenant, "tenant");
    if (groupCommit.isPresent()) {
      return groupCommit.get().inTransaction(tenant, work);
    }
    return writers.one(() -> transaction(tenant, work));
  }

  private <T> T transaction(Tenant tenant, Function<TenantStore, T> work) {
    return jdbi.inTransaction(
        handle -> work.apply(new JdbiTenantStore(new TenantScope(handle, tenant, dialect))));
  }

  /** Reports and the page: read beside the writers, never queued among them. */
  @Override
  public InsightQueries insights() {
    return insights;
  }

  /**
   * Outside the writers' queue: on SQLite the reader's connection refuses writes ({@code
   * query_only}); on PostgreSQL the transaction is READ ONLY.
   */
  @Override
  public <T> T reading(Tenant tenant, Function<TenantStore, T> work) {
    Objects.requireNonNull(tenant, "tenant");
    return readers.withHandle(
        handle -> {
          if (!dialect.oneTransactionAtATime()) {
            handle.setReadOnly(true);
          }
          return handle.inTransaction(
              h -> work.apply(new JdbiTenantStore(new TenantScope(h, tenant, dialect, true))));
        });
  }

  /**
   * Across tenants by design: the system walks them, a tenant's work never does. Read like {@link
   * #reading}: reconciliation asks, sometimes under Quartz's lock, which on SQLite holds the write
   * lock.
   */
  @Override
  public List<Tenant> tenants() {
    return readers.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT DISTINCT tenant_platform, tenant_workspace FROM incidents"
                        + " ORDER BY tenant_platform, tenant_workspace")
                .map((row, context) -> Columns.tenant(row))
                .list());
  }
}
