package dev.aiir.commands.incident;

import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import java.util.Optional;

/** {@code declare <title> [--sev 1-4] [--detected TIME] [--model NAME@VERSION]}. */
public record Declare(
    String title, Severity severity, Optional<TimeInput> detected, Optional<String> model)
    implements IncidentCommand {}
