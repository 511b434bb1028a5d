package dev.aiir.commands.pir;

import java.time.Instant;

/**
 * One line of the draft's timeline.
 *
 * @param source {@code record} for the bot's timeline, {@code history} for the channel's messages
 */
public record DraftLine(Instant at, String text, String source) {}
