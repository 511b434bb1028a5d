package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code resolve [summary]}: starts the PIR clock. */
public record Resolve(Optional<IncidentId> target, String summary) implements TargetedCommand {}
