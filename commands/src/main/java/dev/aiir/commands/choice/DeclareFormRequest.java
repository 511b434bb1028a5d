package dev.aiir.commands.choice;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.incident.Severity;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code declare} without a title: opens the declare form with what was typed filled in. */
public record DeclareFormRequest(
    Severity severity, Optional<TimeInput> detected, Optional<String> model)
    implements IncidentCommand {}
