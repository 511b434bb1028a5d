package dev.aiir.db;

import dev.aiir.commands.model.IncidentId;

/** Hands out incident numbers per tenant, prefix and year from one counter row each. */
final class IncidentCounters {
  // One statement both creates the year's counter and bumps it, so it is atomic in the
  // transaction and a rolled-back declaration gives its number back.
  private static final String NEXT =
      """
      INSERT INTO incident_counters
        (tenant_platform, tenant_workspace, prefix, year, last_number)
      VALUES (:tenant_platform, :tenant_workspace, :prefix, :year, 1)
      ON CONFLICT (tenant_platform, tenant_workspace, prefix, year)
      DO UPDATE SET last_number = incident_counters.last_number + 1
      RETURNING last_number
      """;

  private final TenantScope scope;

  IncidentCounters(TenantScope scope) {
    this.scope = scope;
  }

  IncidentId next(String prefix, int year) {
    int number =
        scope.query(NEXT).bind("prefix", prefix).bind("year", year).mapTo(Integer.class).one();
    return IncidentId.of(prefix, year, number);
  }
}
