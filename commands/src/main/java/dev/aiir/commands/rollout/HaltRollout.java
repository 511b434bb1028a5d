package dev.aiir.commands.rollout;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code rollout halt <reason>}: stops the rollout and cancels its phase's timers. */
public record HaltRollout(Optional<IncidentId> target, String reason) implements TargetedCommand {}
