package dev.aiir.commands.gate;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code gate remove <n>}: removes the n-th metric criterion that {@code gate list} shows. */
public record RemoveGate(Optional<IncidentId> target, int number) implements TargetedCommand {}
