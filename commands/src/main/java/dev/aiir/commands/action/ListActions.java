package dev.aiir.commands.action;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code action list}. */
public record ListActions(Optional<IncidentId> target) implements TargetedCommand {}
