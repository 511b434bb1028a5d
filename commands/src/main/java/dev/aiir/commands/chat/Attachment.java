package dev.aiir.commands.chat;

import java.util.Objects;

/**
 * A text file the bot uploads beside a reply, such as an exported PIR. Its content is defused like
 * every message, so a file cannot ping either.
 */
public record Attachment(String filename, String mediaType, String content) {
  public Attachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mediaType, "mediaType");
    content = Mentions.defuse(Objects.requireNonNull(content, "content"));
  }
}
