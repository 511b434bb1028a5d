package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest record of an alert's key as a glance sees it: its status, whether it is still open,
 * and the incident it opened with that incident's state. Enough to tell a repeat delivery from one
 * that changes something, without reading the alert's labels, annotations and links.
 *
 * @param status the record's latest status
 * @param incident the incident it opened; empty while it is only offered
 * @param incidentState that incident's state; empty when it opened none
 * @param closedAt when the record stopped being open; null while open
 */
public record AlertGlance(
    AlertStatus status,
    Optional<IncidentId> incident,
    Optional<IncidentState> incidentState,
    Instant closedAt) {

  public AlertGlance {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(incidentState, "incidentState");
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Whether it opened an incident that has since ended (or is gone). */
  public boolean incidentEnded() {
    return incident.isPresent() && incidentState.filter(IncidentState::isActive).isEmpty();
  }
}
