package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code impact <text>}. */
public record SetImpact(Optional<IncidentId> target, String text) implements TargetedCommand {}
