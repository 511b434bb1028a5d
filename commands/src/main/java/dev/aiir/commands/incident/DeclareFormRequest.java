package dev.aiir.commands.incident;

import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimeInput;
import java.util.Optional;

/** {@code declare} without a title: opens the declare form with what was typed filled in. */
public record DeclareFormRequest(
    Severity severity, Optional<TimeInput> detected, Optional<String> model)
    implements IncidentCommand {}
