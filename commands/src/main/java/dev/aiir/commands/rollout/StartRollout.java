package dev.aiir.commands.rollout;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code rollout start [--traffic N%]}: begins the staged restoration at the plan's first phase.
 */
public record StartRollout(Optional<IncidentId> target, OptionalInt traffic)
    implements TargetedCommand {}
