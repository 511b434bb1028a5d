package dev.aiir.commands.pir;

import dev.aiir.commands.chat.UserRef;
import java.time.Instant;

/** A root cause as someone stated it in the channel, quoted with who and when. */
public record StatedRootCause(String text, UserRef author, Instant at) {}
