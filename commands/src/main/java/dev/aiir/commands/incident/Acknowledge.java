package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code ack}: the on-call responder confirms. */
public record Acknowledge(Optional<IncidentId> target) implements TargetedCommand {}
