package dev.aiir.bot.slack;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a message whose button was pressed ({@code chat.update}): the same blocks plus a line
 * saying who did what and when, without its buttons once it is answered.
 *
 * <p>A press carries the message as it stands; a form's submission does not, so the message is read
 * back by its ts ({@code conversations.history}, latest = oldest = ts, inclusive, limit 1). Reading
 * it back rather than remembering it is what keeps this right after a restart, across replicas
 * behind one URL, and when someone else's press changed the message in between; the modal's {@code
 * private_metadata} could not hold the blocks (3,000 characters). When the message cannot be read,
 * the record goes in its thread instead, so it is still next to the message.
 */
final class PressedMessages {
  private static final Logger LOG = LoggerFactory.getLogger(PressedMessages.class);
  private final SlackApi api;
  private final SlackChatPlatform chat;

  PressedMessages(SlackApi api, SlackChatPlatform chat) {
    this.api = api;
    this.chat = chat;
  }

  /**
   * Adds {@code record} to the message at {@code ts}: the one a press carried, or else the one read
   * back from Slack.
   */
  void record(
      String channelId, String ts, Optional<Message> carried, String record, boolean settles) {
    Optional<Message> message = carried.isPresent() ? carried : read(channelId, ts);
    if (message.isEmpty() || message.get().getBlocks() == null) {
      inThread(channelId, ts, record);
      return;
    }
    List<LayoutBlock> blocks = SlackButtons.recorded(message.get().getBlocks(), record, settles);
    // Slack hands back the text as it stores it, escaped already; only the record is new.
    String original = message.get().getText() == null ? "" : message.get().getText();
    String text = (original.isEmpty() ? "" : original + "\n") + SlackText.escape(record);
    try {
      api.call(
          "chat.update",
          m -> m.chatUpdate(r -> r.channel(channelId).ts(ts).text(text).blocks(blocks)));
    } catch (SlackApiFailure e) {
      LOG.warn("could not update message {} in {}: {}", ts, channelId, e.getMessage());
      inThread(channelId, ts, record);
    }
  }

  private Optional<Message> read(String channelId, String ts) {
    try {
      return api
          .call(
              "conversations.history",
              m ->
                  m.conversationsHistory(
                      r -> r.channel(channelId).latest(ts).oldest(ts).inclusive(true).limit(1)))
          .getMessages()
          .stream()
          .filter(message -> ts.equals(message.getTs()))
          .findFirst();
    } catch (SlackApiFailure e) {
      LOG.warn("could not read back message {} in {}: {}", ts, channelId, e.getMessage());
      return Optional.empty();
    }
  }

  private void inThread(String channelId, String ts, String record) {
    try {
      chat.post(channelId, BlockKit.render(dev.aiir.commands.chat.Message.text(record)), ts);
    } catch (SlackApiFailure e) {
      LOG.warn("could not record a press on {} in {}: {}", ts, channelId, e.getMessage());
    }
  }
}
