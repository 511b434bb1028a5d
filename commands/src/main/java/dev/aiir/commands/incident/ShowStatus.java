package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code status}: the incident at a glance. */
public record ShowStatus(Optional<IncidentId> target) implements TargetedCommand {}
