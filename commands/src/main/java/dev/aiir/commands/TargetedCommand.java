package dev.aiir.commands;

import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/**
 * A command about one incident: the one named with {@code --id}, or else the one bound to the
 * channel it was typed in.
 */
public interface TargetedCommand extends IncidentCommand {
  Optional<IncidentId> target();
}
