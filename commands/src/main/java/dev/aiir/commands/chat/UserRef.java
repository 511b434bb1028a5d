package dev.aiir.commands.chat;

import java.util.Objects;

/** A person on the platform: their stable id and the name we show. */
public record UserRef(String id, String displayName) {
  public UserRef {
    Objects.requireNonNull(id, "id");
    if (displayName == null || displayName.isBlank()) {
      displayName = id;
    }
  }

  /** How the bot names the person in text: never a live mention. */
  public String handle() {
    return "@" + displayName;
  }
}
