package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/** The incident store on a relational database through Jdbi: one database transaction per call. */
final class JdbiIncidentStore implements IncidentStore {
  private final Jdbi jdbi;
  private final Dialect dialect;

  JdbiIncidentStore(Jdbi jdbi, Dialect dialect) {
    // Every statement gets the tenant bound; refusing unused bindings makes a statement that
    // forgets to filter by tenant fail loudly instead of reading across tenants.
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(false);
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  @Override
  public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    Objects.requireNonNull(tenant, "tenant");
    return jdbi.inTransaction(
        handle -> work.apply(new JdbiTenantStore(new TenantScope(handle, tenant, dialect))));
  }
}
