package dev.aiir.commands.port;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Priority;
import java.util.Objects;
import java.util.Optional;

/** How many action items not yet done have this priority and this owner (or none). */
public record OpenActions(Priority priority, Optional<UserRef> owner, int count) {
  public OpenActions {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(owner, "owner");
  }
}
