package dev.aiir.commands.gate;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rollout check}: the running phase's metric criteria, queried now. */
public record CheckGates(Optional<IncidentId> target) implements TargetedCommand {
  /** It queries the metrics system, which may take longer than a platform waits. */
  @Override
  public boolean slow() {
    return true;
  }
}
