package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", description = "Usage of every subcommand, or of one.")
final class HelpSpec extends SubcommandSpec {
  @Parameters(arity = "0..*", paramLabel = "<subcommand>", description = "such as log")
  List<String> topic = List.of();

  @Override
  IncidentCommand toCommand(WrittenText text) {
    return new Help(topic == null ? List.of() : topic);
  }
}
