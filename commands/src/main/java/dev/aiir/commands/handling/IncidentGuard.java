package dev.aiir.commands.handling;

import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * A condition a command about one incident must still meet when it runs, checked inside the
 * command's own transaction after the incident is locked: a button made for the rollout's canary
 * phase must not promote the phase after it, however close together two presses come.
 */
@FunctionalInterface
public interface IncidentGuard {
  IncidentGuard NONE = (tx, incident) -> Optional.empty();

  /** Why the command may no longer run, or empty when it may. */
  Optional<String> refusal(TenantStore tx, Incident incident);
}
