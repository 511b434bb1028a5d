package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;

/**
 * What a typed line reads as: a command value, the short message that tells its author how to write
 * it, or a fault of the parser itself (a bug, logged by whoever runs the line).
 */
public sealed interface ParseOutcome {
  /** Whether the line is a command that is slow to answer ({@link IncidentCommand#slow()}). */
  default boolean slow() {
    return this instanceof Parsed parsed && parsed.command().slow();
  }

  /** The line is this command. */
  record Parsed(IncidentCommand command) implements ParseOutcome {}

  /** The line is not a command; {@code problem} says how to write it. */
  record Refused(String problem) implements ParseOutcome {}

  /** The parser failed on the line. */
  record Failed(RuntimeException cause) implements ParseOutcome {}
}
