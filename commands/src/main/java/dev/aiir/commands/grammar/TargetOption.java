package dev.aiir.commands.grammar;

import dev.aiir.commands.model.IncidentId;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --id AI-IR-2026-042}: names the incident when the channel is not its own. */
final class TargetOption {
  @Option(
      names = "--id",
      paramLabel = "AI-IR-YYYY-NNN",
      description = "the incident, when not run in its channel")
  IncidentId id;

  Optional<IncidentId> value() {
    return Optional.ofNullable(id);
  }
}
