package dev.aiir.commands.grammar;

import dev.aiir.commands.handling.IncidentCommand;
import java.util.List;

/** {@code help [subcommand]}: usage, generated from the grammar itself. */
public record Help(List<String> topic) implements IncidentCommand {
  public Help {
    topic = List.copyOf(topic);
  }
}
