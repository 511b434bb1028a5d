package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Optional;

/** P0 must be done first. */
public enum Priority {
  P0,
  P1,
  P2;

  public static Optional<Priority> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException notAPriority) {
      return Optional.empty();
    }
  }
}
