package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.util.Locale;

/** Where an alert came from: each has its own endpoint, credential and fingerprints. */
public enum AlertSource {
  ALERTMANAGER("Alertmanager"),
  GRAFANA("Grafana"),
  WEBHOOK("webhook");

  private static final String AUTHOR_PREFIX = "alerts:";
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
    return new UserRef(AUTHOR_PREFIX + key(), label);
  }

  /** Whether a source of alerts, not a person, wrote an entry: it takes no part in the review. */
  public static boolean wrote(UserRef author) {
    return author.id().startsWith(AUTHOR_PREFIX);
  }
}
