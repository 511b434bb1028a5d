package dev.aiir.commands.model;

import dev.aiir.commands.chat.Message;
import java.util.Objects;

/** A message the bot owes someone, such as a reminder: sent after the decision is committed. */
public record Notice(Recipient to, Message message) {
  public Notice {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
  }
}
