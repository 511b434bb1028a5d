package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.IncidentCommand;

/** The pin reaction was removed from a message: recorded as a new entry, never by erasing one. */
public record UnpinMessage(String channelId, String messageId, UserRef unpinnedBy)
    implements IncidentCommand {}
