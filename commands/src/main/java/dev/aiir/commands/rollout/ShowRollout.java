package dev.aiir.commands.rollout;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code rollout status}: the plan, the current phase, its traffic and its next timer. */
public record ShowRollout(Optional<IncidentId> target) implements TargetedCommand {}
