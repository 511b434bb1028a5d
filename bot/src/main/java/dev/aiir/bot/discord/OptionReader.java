package dev.aiir.bot.discord;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.grammar.OptionProblem;
import dev.aiir.commands.grammar.TypedOptions;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * The options of one slash command, read into the grammar's types through the grammar's own readers
 * ({@link TypedOptions}); a bad value throws {@link OptionProblem} with the grammar's sentence.
 */
interface OptionReader {
  /** The option's value as Discord sent it (a string, or an integer's digits). */
  Optional<String> raw(String name);

  /** The person a user option names. */
  Optional<UserRef> person(String name);

  default String text(String name) {
    return optionalText(name).orElseThrow(() -> new OptionProblem("Give the " + name + " option."));
  }

  default Optional<String> optionalText(String name) {
    return raw(name).map(TypedOptions::text);
  }

  /** Free text that may be left out, as the grammar's optional trailing text: "" when absent. */
  default String textOrEmpty(String name) {
    return optionalText(name).orElse("");
  }

  default <T> T typed(String name, Class<T> type) {
    return optional(name, type)
        .orElseThrow(() -> new OptionProblem("Give the " + name + " option."));
  }

  default <T> Optional<T> optional(String name, Class<T> type) {
    return raw(name).map(value -> TypedOptions.read(type, value));
  }

  default UserRef requiredPerson(String name) {
    return person(name).orElseThrow(() -> new OptionProblem("Name someone in " + name + "."));
  }

  default int number(String name) {
    String value = raw(name).orElseThrow(() -> new OptionProblem("Give the " + name + " option."));
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new OptionProblem("The " + name + " option is a whole number, not '" + value + "'.");
    }
  }

  /** {@code id:AI-IR-2026-042}, the grammar's {@code --id}. */
  default Optional<IncidentId> target() {
    return optional("id", IncidentId.class);
  }
}
