package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code ack}: the on-call responder confirms. */
public record Acknowledge(Optional<IncidentId> target) implements TargetedCommand {}
