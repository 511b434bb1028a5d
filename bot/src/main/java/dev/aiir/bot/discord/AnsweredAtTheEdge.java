package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Reply;
import java.util.UUID;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last net under every interaction listener: a fault that escapes one (a detached entity, a bug
 * in reading options) is logged once with a short reference and answered privately, so the user
 * never sees "The application did not respond". Nothing was recorded: the core, which commits and
 * answers its own faults, was not reached or did not return.
 */
final class AnsweredAtTheEdge {
  private static final Logger LOG = LoggerFactory.getLogger(AnsweredAtTheEdge.class);

  private AnsweredAtTheEdge() {}

  static void run(IReplyCallback event, InteractionResponder responder, Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.error(
          "interaction {} in guild {} failed before the core answered (ref {})",
          event.getId(),
          event.getGuild() == null ? "none" : event.getGuild().getId(),
          reference,
          e);
      if (!event.isAcknowledged()) {
        responder.now(event, fault(reference));
      }
    }
  }

  static Reply fault(String reference) {
    return Reply.refusal(
        "Something went wrong on our side (ref " + reference + "); nothing changed. Try again.");
  }
}
