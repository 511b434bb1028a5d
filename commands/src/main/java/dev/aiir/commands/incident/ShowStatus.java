package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code status}: the incident at a glance. */
public record ShowStatus(Optional<IncidentId> target) implements TargetedCommand {}
