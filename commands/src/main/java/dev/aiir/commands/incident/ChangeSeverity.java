package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code sev <1-4> [reason]}. */
public record ChangeSeverity(Optional<IncidentId> target, Severity severity, String reason) implements TargetedCommand {}
