package dev.aiir.bot.console;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;

/** Renders replies as plain text; a reply for its author alone is marked as such. */
final class ConsoleRenderer {
  static final String PRIVATE_MARK = "(only you) ";

  private ConsoleRenderer() {}

  static String render(Reply reply) {
    String text = reply.plainText();
    String file =
        reply.file().map(f -> "\n--- file " + f.filename() + " ---\n" + f.content()).orElse("");
    return (reply.isPrivate() ? PRIVATE_MARK + text : text) + file;
  }

  static String toUser(String userId, Message message) {
    return "to @" + userId + ": " + message.plainText();
  }

  static String toChannel(String channelId, Message message) {
    return "to #" + channelId + ": " + message.plainText();
  }
}
