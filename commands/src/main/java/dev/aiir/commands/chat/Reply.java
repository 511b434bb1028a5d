package dev.aiir.commands.chat;

import java.util.Objects;

/**
 * What a command answers: a message for the channel, or one for its author alone. A refusal is a
 * private reply that says what to do instead; it never changes anything.
 */
public record Reply(Visibility visibility, Message message, boolean refused) {
  public Reply {
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(message, "message");
  }

  public static Reply toChannel(Message message) {
    return new Reply(Visibility.PUBLIC, message, false);
  }

  public static Reply toChannel(String text) {
    return toChannel(Message.text(text));
  }

  public static Reply toAuthor(Message message) {
    return new Reply(Visibility.PRIVATE, message, false);
  }

  public static Reply refusal(String text) {
    return new Reply(Visibility.PRIVATE, Message.text(text), true);
  }

  public boolean isPrivate() {
    return visibility == Visibility.PRIVATE;
  }

  public String plainText() {
    return message.plainText();
  }
}
