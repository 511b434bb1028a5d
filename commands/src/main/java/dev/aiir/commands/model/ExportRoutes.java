package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The export targets the configuration sets up and each workspace's route to them; a workspace not
 * listed takes the default route.
 */
public record ExportRoutes(
    Set<ExportTarget> configured, ExportRoute defaults, Map<Tenant, ExportRoute> byTenant) {
  public ExportRoutes {
    configured = configured.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(configured));
    Objects.requireNonNull(defaults, "defaults");
    byTenant = Map.copyOf(byTenant);
  }

  public static ExportRoutes none() {
    return new ExportRoutes(Set.of(), ExportRoute.none(), Map.of());
  }

  public ExportRoute forTenant(Tenant tenant) {
    return byTenant.getOrDefault(tenant, defaults);
  }
}
