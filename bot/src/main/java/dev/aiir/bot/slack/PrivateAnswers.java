package dev.aiir.bot.slack;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.UserRef;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers for one person alone, outside a request's own response: an ephemeral message in the
 * channel, or, where Slack refuses one (a channel the bot is not in), a direct message.
 */
final class PrivateAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateAnswers.class);
  private final SlackApi api;
  private final SlackChatPlatform chat;

  PrivateAnswers(SlackApi api, SlackChatPlatform chat) {
    this.api = api;
    this.chat = chat;
  }

  /** Text for {@code person} alone. */
  void tell(UserRef person, String channelId, String text) {
    send(person, channelId, BlockKit.render(Message.text(text)));
  }

  /** A message for {@code person} alone; a failure is logged, never thrown. */
  void send(UserRef person, String channelId, SlackMessage message) {
    try {
      api.call(
          "chat.postEphemeral",
          m ->
              m.chatPostEphemeral(
                  r ->
                      r.channel(channelId)
                          .user(person.id())
                          .text(message.text())
                          .blocks(message.blocks().isEmpty() ? null : message.blocks())));
    } catch (SlackApiFailure e) {
      LOG.warn("no ephemeral answer in {} ({}); sending it directly", channelId, e.getMessage());
      try {
        String dm =
            api.call(
                    "conversations.open",
                    m -> m.conversationsOpen(r -> r.users(List.of(person.id()))))
                .getChannel()
                .getId();
        chat.post(dm, message, null);
      } catch (SlackApiFailure again) {
        LOG.warn("could not answer {} directly: {}", person.id(), again.getMessage());
      }
    }
  }
}
