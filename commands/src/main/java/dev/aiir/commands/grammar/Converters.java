package dev.aiir.commands.grammar;

import dev.aiir.commands.action.Priority;
import dev.aiir.commands.chat.UserMentions;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.incident.IncidentId;
import dev.aiir.commands.incident.Role;
import dev.aiir.commands.incident.Severity;
import dev.aiir.commands.recovery.RecoveryStep;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the typed words of the grammar, each refusing bad input with a sentence its author can use.
 */
final class Converters {
  private Converters() {}

  static void registerAll(CommandLine commandLine) {
    commandLine.registerConverter(
        Severity.class,
        typed(Severity::parse, s -> "Severity is 1 to 4 (SEV-1 is the worst), not '" + s + "'."));
    commandLine.registerConverter(
        Priority.class, typed(Priority::parse, s -> "Priority is P0, P1 or P2, not '" + s + "'."));
    commandLine.registerConverter(
        Role.class,
        typed(Role::parse, s -> "Role is commander, comms or scribe, not '" + s + "'."));
    commandLine.registerConverter(
        RecoveryStep.class,
        typed(
            RecoveryStep::parse,
            s -> "Recovery step is root-cause, data, retrain or validate, not '" + s + "'."));
    commandLine.registerConverter(
        IncidentId.class,
        typed(
            IncidentId::parse,
            s -> "'" + s + "' is not an incident id; ids look like AI-IR-2026-042."));
    commandLine.registerConverter(
        TimeInput.class,
        typed(
            TimeInput::parse,
            s -> "Time is HH:MM or ISO-8601 such as 2026-03-12T14:23Z, not '" + s + "'."));
    commandLine.registerConverter(
        Percent.class,
        typed(Percent::parse, s -> "Traffic is a percentage such as 5%, not '" + s + "'."));
    commandLine.registerConverter(
        UserRef.class, typed(UserMentions::parse, s -> "Name a person as @name, not '" + s + "'."));
  }

  private static <T> CommandLine.ITypeConverter<T> typed(
      Function<String, Optional<T>> parse, Function<String, String> problem) {
    return text ->
        parse.apply(text).orElseThrow(() -> new TypeConversionException(problem.apply(text)));
  }
}
