package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.IncidentCommand;
import java.time.Instant;

/**
 * A message in an incident's channel got the pin reaction (:pushpin: or 📌): it joins the timeline
 * at its own time, with its own author. Made by platform adapters, not typed.
 *
 * @param messageId the platform's id of the message (Slack ts, Discord snowflake)
 */
public record PinMessage(
    String channelId,
    String messageId,
    Instant messageAt,
    UserRef messageAuthor,
    String text,
    UserRef pinnedBy)
    implements IncidentCommand {}
