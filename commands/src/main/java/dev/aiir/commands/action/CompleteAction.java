package dev.aiir.commands.action;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code action done <n>}. */
public record CompleteAction(Optional<IncidentId> target, int number) implements TargetedCommand {}
