package dev.aiir.commands.model;

import java.util.Locale;

/**
 * investigating → mitigated → resolved → closed. Closed comes when the PIR is complete and any
 * rollout has reached its end.
 */
public enum IncidentState {
  INVESTIGATING,
  MITIGATED,
  RESOLVED,
  CLOSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isActive() {
    return this == INVESTIGATING || this == MITIGATED;
  }
}
