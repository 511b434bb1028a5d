package dev.aiir.commands.rollout;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rollout status}: the plan, the current phase, its traffic and its next timer. */
public record ShowRollout(Optional<IncidentId> target) implements TargetedCommand {}
