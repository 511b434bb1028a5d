package dev.aiir.bot.console;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.FormField;
import dev.aiir.commands.chat.FormField.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form asked as questions, one line per field: an empty answer keeps the field's initial value, a
 * pick takes an option's number or its value, and {@code cancel} (or the end of input) abandons the
 * form without submitting anything.
 */
final class ConsoleForm {
  static final String CANCEL = "cancel";

  private final BufferedReader in;
  private final PrintStream out;
  private final boolean interactive;

  /** A non-interactive form echoes each answer, so a scripted drill's transcript reads whole. */
  ConsoleForm(BufferedReader in, PrintStream out, boolean interactive) {
    this.in = in;
    this.out = out;
    this.interactive = interactive;
  }

  /** The answers, or empty when the user cancelled. */
  Optional<Map<String, String>> ask(Form form) throws IOException {
    out.println("form: " + form.title() + " (answer each line; `" + CANCEL + "` to stop)");
    form.description().forEach(line -> out.println("  " + line));
    Map<String, String> answers = new LinkedHashMap<>();
    for (FormField field : form.fields()) {
      out.print(question(field));
      out.flush();
      String line = in.readLine();
      if (!interactive) {
        out.println(line == null ? "" : line.strip());
      }
      if (line == null || line.strip().equalsIgnoreCase(CANCEL)) {
        out.println("Cancelled; nothing changed.");
        return Optional.empty();
      }
      answers.put(field.key(), answer(field, line.strip()));
    }
    return Optional.of(answers);
  }

  private static String question(FormField field) {
    StringBuilder text = new StringBuilder(field.label());
    if (field.kind() == FormField.Kind.PICK) {
      List<Option> options = field.options();
      for (int i = 0; i < options.size(); i++) {
        text.append("  ").append(i + 1).append(") ").append(options.get(i).label());
      }
    } else if (!field.placeholder().isEmpty()) {
      text.append(" (").append(field.placeholder()).append(')');
    }
    if (!field.initial().isEmpty()) {
      text.append(" [").append(field.initial()).append(']');
    }
    return text.append(": ").toString();
  }

  private static String answer(FormField field, String line) {
    if (line.isEmpty()) {
      return field.initial();
    }
    if (field.kind() == FormField.Kind.PICK && ConsoleChoices.isChoice(line)) {
      int n = Integer.parseInt(line);
      if (n >= 1 && n <= field.options().size()) {
        return field.options().get(n - 1).value();
      }
    }
    return line;
  }
}
