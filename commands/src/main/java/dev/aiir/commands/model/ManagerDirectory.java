package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import java.util.Map;
import java.util.Objects;

/** The managers of each tenant, from configuration; a tenant not listed has the default ones. */
public record ManagerDirectory(Managers defaults, Map<Tenant, Managers> byTenant) {
  public ManagerDirectory {
    Objects.requireNonNull(defaults, "defaults");
    byTenant = Map.copyOf(byTenant);
  }

  public static ManagerDirectory none() {
    return new ManagerDirectory(Managers.none(), Map.of());
  }

  public Managers forTenant(Tenant tenant) {
    return byTenant.getOrDefault(tenant, defaults);
  }
}
