package dev.aiir.bot.discord;

import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;

/** The words a pinned message puts on the timeline, readable: mentions shown as names. */
final class PinnedText {
  private PinnedText() {}

  static String of(Message message) {
    String text = message.getContentDisplay().strip();
    if (!text.isEmpty()) {
      return text;
    }
    if (!message.getAttachments().isEmpty()) {
      return message.getAttachments().stream()
          .map(Message.Attachment::getFileName)
          .collect(Collectors.joining(", ", "(attachment: ", ")"));
    }
    // Discord sends no text without the privileged MESSAGE_CONTENT intent.
    return "(a message without text)";
  }
}
