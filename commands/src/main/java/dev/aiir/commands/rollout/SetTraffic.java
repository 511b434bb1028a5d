package dev.aiir.commands.rollout;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rollout traffic N%}: records the share of traffic the current phase now serves. */
public record SetTraffic(Optional<IncidentId> target, int percent) implements TargetedCommand {}
