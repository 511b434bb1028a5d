package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code impact <text>}. */
public record SetImpact(Optional<IncidentId> target, String text) implements TargetedCommand {}
