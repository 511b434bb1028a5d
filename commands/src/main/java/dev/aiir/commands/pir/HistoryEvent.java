package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.talk.KeyEvent;
import java.time.Instant;

/**
 * A message of the channel's history that states a key event, at the message's own time.
 *
 * @param text what the draft's timeline line says
 * @param said the message as written, for the JSON export and for the root cause
 * @param source where a reviewer finds the message: its link, or its id where it has none
 */
public record HistoryEvent(
    Instant at, KeyEvent kind, String text, UserRef author, String source, String said) {}
