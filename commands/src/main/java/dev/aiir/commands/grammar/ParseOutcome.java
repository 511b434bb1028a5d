package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;
import java.util.Optional;

/** A command value, or the short message that tells its author how to write it. */
public record ParseOutcome(Optional<IncidentCommand> command, String problem) {
  static ParseOutcome parsed(IncidentCommand command) {
    return new ParseOutcome(Optional.of(command), null);
  }

  static ParseOutcome refused(String problem) {
    return new ParseOutcome(Optional.empty(), problem);
  }
}
