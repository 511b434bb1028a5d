package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;

/**
 * A fact as stated in the channel (a root cause, an impact), quoted with who said it and when.
 *
 * @param source where a reviewer finds the message: its link, or its id where it has none
 */
public record StatedFact(String text, UserRef author, Instant at, String source) {}
