package dev.aiir.commands.handling;

import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * A command about one incident: the one named with {@code --id}, or else the one bound to the
 * channel it was typed in.
 */
public interface TargetedCommand extends IncidentCommand {
  Optional<IncidentId> target();
}
