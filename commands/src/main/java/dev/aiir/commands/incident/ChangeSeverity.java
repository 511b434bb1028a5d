package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import java.util.Optional;

/** {@code sev <1-4> [reason]}. */
public record ChangeSeverity(Optional<IncidentId> target, Severity severity, String reason)
    implements TargetedCommand {}
