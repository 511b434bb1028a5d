package dev.aiir.commands.port;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.util.Set;

/**
 * A message read from a channel's history.
 *
 * @param id the platform's message id (Slack ts, Discord snowflake)
 * @param reactions the reaction names on it, such as {@code pushpin} or {@code 📌}
 * @param threadId the id of the thread's parent, or null for a top-level message
 */
public record HistoryMessage(
    String id,
    Instant at,
    UserRef author,
    boolean fromBot,
    String text,
    Set<String> reactions,
    String threadId) {}
