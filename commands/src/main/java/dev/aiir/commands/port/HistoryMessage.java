package dev.aiir.commands.port;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.util.Set;

/**
 * A message read from a channel's history.
 *
 * @param id the platform's message id (Slack ts, Discord snowflake)
 * @param text what it says; for a bot's alert, its attachments' or embeds' title and text too
 * @param reactions the reaction names on it, such as {@code pushpin} or {@code 📌}
 * @param threadId the id of the message it answers: a Slack thread's parent, a Discord reply's
 *     original; null for a message that answers none
 * @param link where a reviewer opens it (a Slack permalink, a Discord jump URL); null when unknown
 */
public record HistoryMessage(
    String id,
    Instant at,
    UserRef author,
    boolean fromBot,
    String text,
    Set<String> reactions,
    String threadId,
    String link) {

  /** A message whose link is not known. */
  public HistoryMessage(
      String id,
      Instant at,
      UserRef author,
      boolean fromBot,
      String text,
      Set<String> reactions,
      String threadId) {
    this(id, at, author, fromBot, text, reactions, threadId, null);
  }
}
