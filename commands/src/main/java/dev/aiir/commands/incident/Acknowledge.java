package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code ack}: the on-call responder confirms. */
public record Acknowledge(Optional<IncidentId> target) implements TargetedCommand {}
