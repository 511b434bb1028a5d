package dev.aiir.commands.chat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A platform-neutral message: a title, labelled fields and free lines. Each adapter renders it
 * (Block Kit, embeds, plain text). Every string is defused on the way in, so no message the bot
 * builds can ping, whatever user text it repeats.
 */
public record Message(String title, List<Field> fields, List<String> lines) {

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
  }

  public static Message text(String text) {
    return new Message("", List.of(), List.of(text));
  }

  public static Message of(String title, List<Field> fields, List<String> lines) {
    return new Message(title, fields, lines);
  }

  /** The plain-text rendering: the console's and every platform's fallback. */
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
