package dev.aiir.commands.model;

import java.util.Locale;

/** How a phase ended: promoted (exit criteria met), promoted early by force, halted, or done. */
public enum PhaseEnd {
  PROMOTED,
  FORCED,
  HALTED,
  COMPLETED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
