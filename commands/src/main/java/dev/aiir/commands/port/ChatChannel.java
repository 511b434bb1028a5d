package dev.aiir.commands.port;

import java.util.Objects;

/** A channel a platform created: its id, and the name it got (which may differ from the asked). */
public record ChatChannel(String id, String name) {
  public ChatChannel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
