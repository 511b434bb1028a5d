package dev.aiir.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.timeline.PinMessage;
import dev.aiir.commands.timeline.UnpinMessage;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * :pushpin: reactions on messages become pins (and their removal unpins) of the channel's incident.
 * The event is acknowledged at once and handled off the request thread: reading the message takes a
 * Web API call. The core takes a redelivered event once; its confirmation goes to the message's
 * thread, and refusals (no incident here, already pinned) stay silent.
 */
final class ReactionPins {
  static final String PIN = "pushpin";
  private static final Logger LOG = LoggerFactory.getLogger(ReactionPins.class);
  private final IncidentBot bot;
  private final SlackContexts contexts;
  private final SlackChatPlatform chat;
  private final ExecutorService work;

  ReactionPins(
      IncidentBot bot, SlackContexts contexts, SlackChatPlatform chat, ExecutorService work) {
    this.bot = bot;
    this.contexts = contexts;
    this.chat = chat;
    this.work = work;
  }

  Response added(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
    ReactionAddedEvent event = payload.getEvent();
    if (PIN.equals(event.getReaction()) && "message".equals(event.getItem().getType())) {
      String channel = event.getItem().getChannel();
      String ts = event.getItem().getTs();
      work.execute(() -> safely(() -> pin(payload.getTeamId(), event.getUser(), channel, ts)));
    }
    return ctx.ack();
  }

  Response removed(EventsApiPayload<ReactionRemovedEvent> payload, EventContext ctx) {
    ReactionRemovedEvent event = payload.getEvent();
    if (PIN.equals(event.getReaction()) && "message".equals(event.getItem().getType())) {
      String channel = event.getItem().getChannel();
      String ts = event.getItem().getTs();
      work.execute(() -> safely(() -> unpin(payload.getTeamId(), event.getUser(), channel, ts)));
    }
    return ctx.ack();
  }

  private void pin(String teamId, String userId, String channel, String ts) {
    Tenant tenant = SlackContexts.tenant(teamId);
    Optional<HistoryMessage> message = chat.message(tenant, channel, ts);
    if (message.isEmpty()) {
      LOG.info("pinned message {} of {} not found; not recorded", ts, channel);
      return;
    }
    HistoryMessage m = message.get();
    UserRef by = chat.users().ref(tenant, userId);
    PinMessage pin = new PinMessage(channel, ts, m.at(), m.author(), m.text(), by);
    confirm(channel, threadOf(m), bot.execute(contexts.context(teamId, by, channel), pin));
  }

  private void unpin(String teamId, String userId, String channel, String ts) {
    UserRef by = chat.users().ref(SlackContexts.tenant(teamId), userId);
    Reply reply =
        bot.execute(contexts.context(teamId, by, channel), new UnpinMessage(channel, ts, by));
    confirm(channel, ts, reply);
  }

  private void confirm(String channel, String threadTs, Reply reply) {
    if (reply.refused()) {
      LOG.debug("reaction in {} not recorded: {}", channel, reply.plainText());
      return;
    }
    chat.post(channel, BlockKit.render(reply.message()), threadTs);
  }

  private static String threadOf(HistoryMessage message) {
    return message.threadId() != null ? message.threadId() : message.id();
  }

  private static void safely(Runnable work) {
    try {
      work.run();
    } catch (SlackApiFailure e) {
      LOG.warn("reaction not handled: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("reaction not handled", e);
    }
  }
}
