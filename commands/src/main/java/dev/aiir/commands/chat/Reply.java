package dev.aiir.commands.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * What a command answers: a message for the channel, or one for its author alone, optionally with a
 * file, or a form for its author to fill in. A refusal is a private reply that says what to do
 * instead; it never changes anything.
 *
 * @param attachment a file to upload with the reply, or null
 * @param form a form to open for the author instead of the message, or null; the message is what to
 *     show where no form can be opened
 */
public record Reply(
    Visibility visibility, Message message, boolean refused, Attachment attachment, Form form) {
  public Reply {
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(message, "message");
  }

  public Reply(Visibility visibility, Message message, boolean refused) {
    this(visibility, message, refused, null, null);
  }

  /** A form for the author to fill in, and the private message to show where forms cannot open. */
  public static Reply form(Form form, Message fallback) {
    return new Reply(Visibility.PRIVATE, fallback, false, null, Objects.requireNonNull(form));
  }

  public Optional<Form> formToOpen() {
    return Optional.ofNullable(form);
  }

  public static Reply toChannel(Message message) {
    return new Reply(Visibility.PUBLIC, message, false);
  }

  /** The same reply with a file to upload beside it. */
  public Reply with(Attachment file) {
    return new Reply(visibility, message, refused, file, form);
  }

  public Optional<Attachment> file() {
    return Optional.ofNullable(attachment);
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
