package dev.aiir.commands.grammar;

import dev.aiir.commands.chat.UserMentions;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import dev.aiir.commands.pir.ExportFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the typed words of the grammar, each refusing bad input with a sentence its author can use.
 * Platforms with typed options read their values through the same readers ({@link TypedOptions}).
 */
final class Converters {
  /** How one type is read, and what its author is told when it cannot be. */
  record Reader<T>(Function<String, Optional<T>> parse, Function<String, String> problem) {}

  private static final Map<Class<?>, Reader<?>> READERS = new LinkedHashMap<>();

  static {
    add(
        Severity.class,
        Severity::parse,
        s -> "Severity is 1 to 4 (SEV-1 is the worst), not '" + s + "'.");
    add(Priority.class, Priority::parse, s -> "Priority is P0, P1 or P2, not '" + s + "'.");
    add(Role.class, Role::parse, s -> "Role is commander, comms or scribe, not '" + s + "'.");
    add(
        RecoveryStep.class,
        RecoveryStep::parse,
        s -> "Recovery step is root-cause, data, retrain or validate, not '" + s + "'.");
    add(
        IncidentId.class,
        IncidentId::parse,
        s -> "'" + s + "' is not an incident id; ids look like AI-IR-2026-042.");
    add(
        TimeInput.class,
        TimeInput::parse,
        s -> "Time is HH:MM or ISO-8601 such as 2026-03-12T14:23Z, not '" + s + "'.");
    add(
        ExportFormat.class,
        t -> optionalEnum(ExportFormat.class, t),
        s -> "Export format is md or json, not '" + s + "'.");
    add(
        ExportTarget.class,
        ExportTarget::parse,
        s ->
            "Export to an issue tracker ("
                + ExportTarget.keys(true).replace("|", ", ")
                + ") or a wiki ("
                + ExportTarget.keys(false).replace("|", ", ")
                + "), not '"
                + s
                + "'.");
    add(Percent.class, Percent::parse, s -> "Traffic is a percentage such as 5%, not '" + s + "'.");
    add(UserRef.class, UserMentions::parse, s -> "Name a person as @name, not '" + s + "'.");
  }

  private Converters() {}

  private static <T> void add(
      Class<T> type, Function<String, Optional<T>> parse, Function<String, String> problem) {
    READERS.put(type, new Reader<>(parse, problem));
  }

  static void registerAll(CommandLine commandLine) {
    READERS.keySet().forEach(type -> register(commandLine, type));
  }

  private static <T> void register(CommandLine commandLine, Class<T> type) {
    Reader<T> reader = reader(type);
    commandLine.registerConverter(
        type,
        text ->
            reader
                .parse()
                .apply(text)
                .orElseThrow(() -> new TypeConversionException(reader.problem().apply(text))));
  }

  @SuppressWarnings("unchecked")
  static <T> Reader<T> reader(Class<T> type) {
    Reader<?> reader = READERS.get(type);
    if (reader == null) {
      throw new IllegalArgumentException("the grammar reads no " + type.getSimpleName());
    }
    return (Reader<T>) reader;
  }

  private static <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String text) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
