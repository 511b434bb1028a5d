package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.Incident;
import java.util.Optional;

/**
 * Who may do what: resolving, changing severity, handing over command and completing the review are
 * for the incident's commander and the configured incident admins.
 */
public final class Permissions {
  private Permissions() {}

  public static boolean mayManage(Incident incident, CommandContext context) {
    return context.admin()
        || incident.commander().map(c -> c.id().equals(context.user().id())).orElse(false);
  }

  /** A refusal naming who may act, or empty when the author may. */
  public static Optional<Reply> requireManager(
      Incident incident, CommandContext context, String action) {
    if (mayManage(incident, context)) {
      return Optional.empty();
    }
    return Optional.of(Reply.refusal(HandlingMessages.notAllowed(incident, action)));
  }
}
