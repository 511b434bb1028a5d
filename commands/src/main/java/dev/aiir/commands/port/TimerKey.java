package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.incident.IncidentId;
import java.util.Objects;

/**
 * A timer's deterministic name, such as {@code slack:T1/rollout/AI-IR-2026-042/limited/min}:
 * scheduling the same key twice is harmless and start-up can reconcile by key.
 */
public record TimerKey(String value) {
  public TimerKey {
    Objects.requireNonNull(value, "value");
  }

  public static TimerKey of(Tenant tenant, IncidentId id, String... parts) {
    return new TimerKey(tenant + "/" + String.join("/", parts) + "/" + id);
  }
}
