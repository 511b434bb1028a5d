package dev.aiir.commands.model;

import java.util.Locale;

/** An alert fires, or has resolved. */
public enum AlertStatus {
  FIRING,
  RESOLVED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
