package dev.aiir.bot.slack;

import com.slack.api.model.Message;
import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.choice.Pressed;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what a press or a submitted form came to: a public answer is posted in the channel, as a
 * typed command's would be; a private one (a refusal, an outdated button) goes to the presser
 * alone; and the pressed message gets its record line ({@link PressedMessages}).
 */
final class ChoicePresses {
  private static final Logger LOG = LoggerFactory.getLogger(ChoicePresses.class);
  private final SlackChatPlatform chat;
  private final PressedMessages messages;
  private final PrivateAnswers privately;

  ChoicePresses(SlackApi api, SlackChatPlatform chat, PrivateAnswers privately) {
    this.chat = chat;
    this.messages = new PressedMessages(api, chat);
    this.privately = privately;
  }

  /**
   * @param pressedMessage the message as the press carried it; empty after a form, when it is read
   *     back by its ts
   */
  void deliver(
      Tenant tenant,
      UserRef presser,
      ModalOrigin origin,
      Pressed pressed,
      Optional<Message> pressedMessage) {
    answer(tenant, presser, origin.channelId(), pressed.reply());
    if (pressed.record().isPresent() && origin.messageTs().isPresent()) {
      messages.record(
          origin.channelId(),
          origin.messageTs().get(),
          pressedMessage,
          pressed.record().get(),
          pressed.settles());
    }
  }

  /** The reply where a typed command's would go: the channel, or its author alone. */
  void answer(Tenant tenant, UserRef presser, String channelId, Reply reply) {
    if (reply.isPrivate()) {
      privately.send(presser, channelId, BlockKit.render(reply.message()));
      return;
    }
    try {
      chat.post(tenant, channelId, reply.message());
    } catch (SlackApiFailure e) {
      // Not in the channel, or it is archived: the presser still learns what happened.
      LOG.warn("could not post a press's answer in {}: {}", channelId, e.getMessage());
      privately.send(presser, channelId, BlockKit.render(reply.message()));
      return;
    }
    reply.file().ifPresent(file -> upload(tenant, presser, channelId, reply, file));
  }

  /** Text for the presser alone. */
  void tell(UserRef presser, String channelId, String text) {
    privately.tell(presser, channelId, text);
  }

  private void upload(
      Tenant tenant, UserRef presser, String channelId, Reply reply, Attachment file) {
    ReplyFiles.upload(chat, tenant, channelId, reply, file, text -> tell(presser, channelId, text));
  }
}
