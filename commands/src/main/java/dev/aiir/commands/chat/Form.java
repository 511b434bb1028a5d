package dev.aiir.commands.chat;

import java.util.List;
import java.util.Objects;

/**
 * A form the bot asks someone to fill in (a Slack or Discord modal, or questions in the console);
 * submitting it goes back to the core under the form's {@code id}.
 *
 * @param description lines shown above the fields, such as the exit criteria to confirm
 * @param submit the label of the button that submits it
 */
public record Form(
    String id, String title, List<String> description, String submit, List<FormField> fields) {
  public Form {
    Objects.requireNonNull(id, "id");
    title = Mentions.defuse(Objects.requireNonNull(title, "title"));
    description = description.stream().map(Mentions::defuse).toList();
    submit = Mentions.defuse(Objects.requireNonNull(submit, "submit"));
    fields = List.copyOf(fields);
  }
}
