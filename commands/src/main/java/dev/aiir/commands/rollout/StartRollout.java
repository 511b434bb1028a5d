package dev.aiir.commands.rollout;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code rollout start [--traffic N%]}: begins the staged restoration at the plan's first phase.
 */
public record StartRollout(Optional<IncidentId> target, OptionalInt traffic)
    implements TargetedCommand {}
