package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.util.Locale;

/** Where an alert came from: each has its own endpoint, credential and fingerprints. */
public enum AlertSource {
  ALERTMANAGER("Alertmanager"),
  GRAFANA("Grafana"),
  WEBHOOK("webhook");

  private final String label;

  AlertSource(String label) {
    this.label = label;
  }

  /** {@code alertmanager}: its word in configuration, dedupe keys and the store. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code Alertmanager}: how messages name it. */
  public String label() {
    return label;
  }

  /**
   * Who the timeline says wrote what the alert brought: a name no person on any platform has (ids
   * there have no colon), shown as {@code @Alertmanager}.
   */
  public UserRef author() {
    return new UserRef("alerts:" + key(), label);
  }
}
