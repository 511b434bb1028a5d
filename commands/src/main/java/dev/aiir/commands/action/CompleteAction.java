package dev.aiir.commands.action;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code action done <n>}. */
public record CompleteAction(Optional<IncidentId> target, int number) implements TargetedCommand {}
