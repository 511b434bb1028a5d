package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code resolve [summary]}: starts the PIR clock. */
public record Resolve(Optional<IncidentId> target, String summary) implements TargetedCommand {}
