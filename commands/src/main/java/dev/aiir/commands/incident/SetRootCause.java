package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code rootcause <text>}. */
public record SetRootCause(Optional<IncidentId> target, String text) implements TargetedCommand {}
