package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Role;
import java.util.List;

/** Someone who took part, with the roles they held. */
public record Participant(UserRef user, List<Role> roles) {
  public Participant {
    roles = List.copyOf(roles);
  }
}
