package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.Objects;

/**
 * Who ran a command, where: the tenant, the author, the channel it was typed in and whether the
 * platform says the author is a configured incident admin.
 *
 * @param guard what must still hold of the incident for the command to run (a pressed button's
 *     guard); {@link IncidentGuard#NONE} for a typed command
 */
public record CommandContext(
    Tenant tenant, UserRef user, String channelId, boolean admin, IncidentGuard guard) {
  public CommandContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(guard, "guard");
  }

  public CommandContext(Tenant tenant, UserRef user, String channelId, boolean admin) {
    this(tenant, user, channelId, admin, IncidentGuard.NONE);
  }

  /** The same context, running only while {@code condition} holds. */
  public CommandContext guardedBy(IncidentGuard condition) {
    return new CommandContext(tenant, user, channelId, admin, condition);
  }
}
