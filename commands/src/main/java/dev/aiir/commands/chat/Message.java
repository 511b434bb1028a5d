package dev.aiir.commands.chat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A platform-neutral message: a title, labelled fields, free lines and the buttons under it. Each
 * adapter renders it (Block Kit, embeds, plain text with numbered options). Every string is defused
 * on the way in, so no message the bot builds can ping, whatever user text it repeats.
 */
public record Message(String title, List<Field> fields, List<String> lines, List<Choice> choices) {

  /** One labelled value, such as "Severity: SEV-2". */
  public record Field(String label, String value) {
    public Field {
      label = Mentions.defuse(label);
      value = Mentions.defuse(value);
    }
  }

  public Message {
    title = title == null ? "" : Mentions.defuse(title);
    fields = List.copyOf(fields);
    lines = lines.stream().map(Mentions::defuse).toList();
    choices = List.copyOf(choices);
  }

  public Message(String title, List<Field> fields, List<String> lines) {
    this(title, fields, lines, List.of());
  }

  /** The same message with these buttons under it. */
  public Message withChoices(List<Choice> buttons) {
    return new Message(title, fields, lines, buttons);
  }

  public static Message text(String text) {
    return new Message("", List.of(), List.of(text));
  }

  public static Message of(String title, List<Field> fields, List<String> lines) {
    return new Message(title, fields, lines);
  }

  /** The plain-text rendering, without the buttons: the console's and every platform's fallback. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    for (Field field : fields) {
      out.append(field.label()).append(": ").append(field.value()).append('\n');
    }
    out.append(lines.stream().collect(Collectors.joining("\n")));
    return out.toString().strip();
  }
}
