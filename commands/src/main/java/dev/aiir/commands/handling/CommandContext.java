package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.Objects;

/**
 * Who ran a command, where: the tenant, the author, the channel it was typed in and whether the
 * platform says the author is a configured incident admin.
 */
public record CommandContext(Tenant tenant, UserRef user, String channelId, boolean admin) {
  public CommandContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(channelId, "channelId");
  }
}
