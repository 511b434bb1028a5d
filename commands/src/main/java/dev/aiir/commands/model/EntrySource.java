package dev.aiir.commands.model;

import java.util.Locale;

/** Where a timeline entry came from. */
public enum EntrySource {
  /** A command a person ran. */
  COMMAND,
  /** A message pinned with a reaction. */
  REACTION,
  /** A message found in the channel's history. */
  HISTORY,
  /** The bot itself: timers, reminders. */
  SYSTEM,
  /** An alert from monitoring (Alertmanager, Grafana, a webhook). */
  ALERT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
