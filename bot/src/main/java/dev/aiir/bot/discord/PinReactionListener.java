package dev.aiir.bot.discord;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.timeline.PinMessage;
import dev.aiir.commands.timeline.UnpinMessage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 📌 reaction on a message in an incident's channel puts the message on the timeline at its own
 * time and with its own author; taking the reaction off records the unpin. The core keeps each pin
 * once, however often Discord delivers the event. Needs the GUILD_MESSAGE_REACTIONS intent, and
 * MESSAGE_CONTENT (privileged) to read the pinned text.
 */
final class PinReactionListener extends ListenerAdapter {
  static final Emoji PIN = Emoji.fromUnicode("📌");
  private static final Logger LOG = LoggerFactory.getLogger(PinReactionListener.class);
  private final IncidentBot bot;
  private final DiscordContexts contexts;
  private final Executor workers;

  PinReactionListener(IncidentBot bot, DiscordContexts contexts, Executor workers) {
    this.bot = bot;
    this.contexts = contexts;
    this.workers = workers;
  }

  @Override
  public void onMessageReactionAdd(MessageReactionAddEvent event) {
    if (!counts(event)) {
      return;
    }
    UserRef by = reactor(event);
    event
        .retrieveMessage()
        .queue(
            message -> later(() -> pin(event.getGuild(), message, by)),
            e -> LOG.warn("could not read a pinned message: {}", e.toString()));
  }

  @Override
  public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
    if (!counts(event)) {
      return;
    }
    Consumer<UserRef> unpin =
        by ->
            later(
                () ->
                    run(
                        event.getGuild(),
                        event.getChannel(),
                        new UnpinMessage(event.getChannel().getId(), event.getMessageId(), by),
                        by));
    if (event.getUser() != null) {
      unpin.accept(reactor(event));
      return;
    }
    // Removal events carry only the user's id; the name is worth one request for the timeline.
    event
        .retrieveUser()
        .queue(
            user -> unpin.accept(DiscordContexts.person(user, null)),
            e -> unpin.accept(new UserRef(event.getUserId(), null)));
  }

  /** Off JDA's threads; while stopping, a reaction that comes too late is let go, and said so. */
  private void later(Runnable work) {
    try {
      workers.execute(work);
    } catch (RejectedExecutionException stopping) {
      LOG.info("stopping: a pin reaction that arrived now is not recorded");
    }
  }

  private void pin(Guild guild, Message message, UserRef by) {
    PinMessage pin =
        new PinMessage(
            message.getChannel().getId(),
            message.getId(),
            message.getTimeCreated().toInstant(),
            DiscordContexts.person(message.getAuthor(), message.getMember()),
            PinnedText.of(message),
            by);
    run(guild, message.getChannel(), pin, by);
  }

  private void run(Guild guild, MessageChannel channel, IncidentCommand command, UserRef by) {
    CommandContext context =
        new CommandContext(DiscordContexts.tenant(guild), by, channel.getId(), false);
    Reply reply = bot.execute(context, command);
    if (reply.isPrivate()) {
      // No one to answer privately: a reaction is not an interaction. Refusals (not an incident
      // channel, already pinned) are expected and quiet.
      LOG.debug("pin reaction in {} not recorded: {}", channel.getId(), reply.plainText());
      return;
    }
    for (var part : DiscordMessages.render(reply)) {
      channel
          .sendMessage(part)
          .queue(null, e -> LOG.warn("could not confirm a pin: {}", e.toString()));
    }
  }

  private static boolean counts(GenericMessageReactionEvent event) {
    return event.isFromGuild()
        && event.getEmoji().equals(PIN)
        && event.getUserIdLong() != event.getJDA().getSelfUser().getIdLong();
  }

  private static UserRef reactor(GenericMessageReactionEvent event) {
    if (event.getUser() != null) {
      return DiscordContexts.person(event.getUser(), event.getMember());
    }
    return new UserRef(event.getUserId(), null);
  }
}
