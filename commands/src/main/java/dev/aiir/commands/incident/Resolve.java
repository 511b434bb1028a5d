package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code resolve [summary]}: starts the PIR clock. */
public record Resolve(Optional<IncidentId> target, String summary) implements TargetedCommand {}
