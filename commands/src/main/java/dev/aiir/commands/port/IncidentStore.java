package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import java.util.List;
import java.util.function.Function;

/**
 * Where incidents are kept. All work happens in a transaction bound to one tenant, so no query can
 * reach another tenant's rows.
 */
public interface IncidentStore {

  /**
   * Runs {@code work} in one transaction of {@code tenant}: committed when it returns, rolled back
   * when it throws. A command's reply is sent only after this returns, so an acknowledged command
   * is durable.
   */
  <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work);

  /**
   * Runs {@code work}, which only reads, in one transaction of {@code tenant} that sees one state
   * of the store and holds back no command: on SQLite it does not take the write lock that every
   * other transaction takes. Writing in it fails. For long reads such as the timers'
   * reconciliation.
   */
  default <T> T reading(Tenant tenant, Function<TenantStore, T> work) {
    return inTransaction(tenant, work);
  }

  /**
   * Every tenant with at least one incident: the timers' reconciliation walks them. Real stores
   * implement it; a test fake that never meets reconciliation need not.
   */
  default List<Tenant> tenants() {
    throw new UnsupportedOperationException("this store cannot list its tenants");
  }

  /**
   * The store read for reports and the incident page, outside any transaction. Real stores
   * implement it; a test fake that never reports need not.
   */
  default InsightQueries insights() {
    throw new UnsupportedOperationException("this store cannot report");
  }
}
