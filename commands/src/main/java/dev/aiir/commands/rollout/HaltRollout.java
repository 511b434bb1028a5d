package dev.aiir.commands.rollout;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rollout halt <reason>}: stops the rollout and cancels its phase's timers. */
public record HaltRollout(Optional<IncidentId> target, String reason) implements TargetedCommand {}
