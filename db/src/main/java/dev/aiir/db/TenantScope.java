package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * A transaction's handle seen by one tenant: every statement it makes has {@code :tenant_platform}
 * and {@code :tenant_workspace} bound, and must use them.
 */
final class TenantScope {
  private final Handle handle;
  private final Tenant tenant;
  private final Dialect dialect;
  private final boolean reading;

  TenantScope(Handle handle, Tenant tenant, Dialect dialect) {
    this(handle, tenant, dialect, false);
  }

  /** {@code reading}: a read-only transaction, where rows are not locked (PostgreSQL refuses). */
  TenantScope(Handle handle, Tenant tenant, Dialect dialect, boolean reading) {
    this.handle = handle;
    this.tenant = tenant;
    this.dialect = dialect;
    this.reading = reading;
  }

  Tenant tenant() {
    return tenant;
  }

  Query query(String sql) {
    return bindTenant(handle.createQuery(sql));
  }

  /**
   * A query whose rows stay locked against other transactions' writes until this one ends; in a
   * read-only transaction a plain query, since nothing it reads will be written by it.
   */
  Query lockingQuery(String sql) {
    return query(reading ? sql : dialect.lockingRead(sql));
  }

  Update update(String sql) {
    return bindTenant(handle.createUpdate(sql));
  }

  /** A batch: bind each row's tenant with {@link #bindTenant} before adding it. */
  PreparedBatch batch(String sql) {
    return handle.prepareBatch(sql);
  }

  <S extends SqlStatement<S>> S bindTenant(S statement) {
    return statement
        .bind("tenant_platform", tenant.platform().key())
        .bind("tenant_workspace", tenant.workspaceId());
  }
}
