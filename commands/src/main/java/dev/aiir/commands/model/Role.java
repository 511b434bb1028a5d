package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Optional;

/** The roles a responder can hold on an incident. */
public enum Role {
  COMMANDER,
  COMMS,
  SCRIBE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String text) {
    for (Role role : values()) {
      if (role.label().equalsIgnoreCase(text.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
