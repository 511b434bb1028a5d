package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;

/** A picocli definition of one subcommand, which turns what it parsed into a command value. */
abstract class SubcommandSpec {
  abstract IncidentCommand toCommand(WrittenText text);
}
