package dev.aiir.commands.gate;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code gate list}: every phase's metric criteria for this incident, numbered. */
public record ListGates(Optional<IncidentId> target) implements TargetedCommand {}
