package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rootcause <text>}. */
public record SetRootCause(Optional<IncidentId> target, String text) implements TargetedCommand {}
