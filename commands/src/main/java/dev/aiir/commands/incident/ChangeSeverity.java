package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Severity;
import java.util.Optional;

/** {@code sev <1-4> [reason]}. */
public record ChangeSeverity(Optional<IncidentId> target, Severity severity, String reason)
    implements TargetedCommand {}
