package dev.aiir.commands.choice;

import dev.aiir.commands.chat.Reply;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a press or a submitted form came to.
 *
 * @param reply the command's answer, as if it had been typed (refusals are private)
 * @param record the line to add to the pressed message ("Promoted by @ana at 14:05 UTC."), empty
 *     when nothing was done or the button only reads
 * @param settles whether the pressed message's buttons should go, because it is answered
 * @param fieldErrors the form's answers that could not be used, by field key, for platforms that
 *     show errors beside the fields; the reply says the same in words
 */
public record Pressed(
    Reply reply, Optional<String> record, boolean settles, Map<String, String> fieldErrors) {
  public Pressed {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(record, "record");
    fieldErrors = Map.copyOf(fieldErrors);
  }

  static Pressed refused(Reply reply) {
    return new Pressed(reply, Optional.empty(), false, Map.of());
  }

  static Pressed refused(String text) {
    return refused(Reply.refusal(text));
  }
}
