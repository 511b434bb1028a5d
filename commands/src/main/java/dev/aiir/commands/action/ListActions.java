package dev.aiir.commands.action;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code action list}. */
public record ListActions(Optional<IncidentId> target) implements TargetedCommand {}
