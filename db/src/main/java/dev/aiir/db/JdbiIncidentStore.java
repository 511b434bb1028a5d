package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The incident store on a relational database through Jdbi: one database transaction per call.
 *
 * <p>On SQLite every transaction begins IMMEDIATE, so each is a writer and only one runs at a time
 * anyway. They queue here, first come first served, rather than in SQLite's busy handler, which
 * sleeps up to 100 ms between tries: under a burst of commands that sleeping, not the work, made
 * the slowest acknowledgements (hundreds of milliseconds at 50 concurrent requests). On PostgreSQL
 * transactions run side by side, each locking only the rows it changes.
 */
final class JdbiIncidentStore implements IncidentStore {
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Lock writer;

  JdbiIncidentStore(Jdbi jdbi, Dialect dialect) {
    // Every statement gets the tenant bound; refusing unused bindings makes a statement that
    // forgets to filter by tenant fail loudly instead of reading across tenants.
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(false);
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.writer = dialect.oneTransactionAtATime() ? new ReentrantLock(true) : null;
  }

  @Override
  public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    Objects.requireNonNull(tenant, "tenant");
    if (writer == null) {
      return transaction(tenant, work);
    }
    writer.lock();
    try {
      return transaction(tenant, work);
    } finally {
      writer.unlock();
    }
  }

  private <T> T transaction(Tenant tenant, Function<TenantStore, T> work) {
    return jdbi.inTransaction(
        handle -> work.apply(new JdbiTenantStore(new TenantScope(handle, tenant, dialect))));
  }
}
