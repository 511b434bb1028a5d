package dev.aiir.bot.slack;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reply's file uploaded into the channel, for a typed command and a press alike: titled with the
 * reply's title (or the file's name); when the upload fails its author is told privately.
 */
final class ReplyFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyFiles.class);

  private ReplyFiles() {}

  /**
   * Uploads {@code file}; a failure is logged and told through {@code tellAuthor}, never thrown.
   */
  static void upload(
      SlackChatPlatform chat,
      Tenant tenant,
      String channelId,
      Reply reply,
      Attachment file,
      Consumer<String> tellAuthor) {
    try {
      String comment =
          reply.message().title().isEmpty() ? file.filename() : reply.message().title();
      chat.upload(tenant, channelId, file.filename(), file.content(), comment);
    } catch (RuntimeException e) {
      LOG.warn("could not upload {} to {}", file.filename(), channelId, e);
      tellAuthor.accept("The file " + file.filename() + " could not be uploaded; try again.");
    }
  }
}
