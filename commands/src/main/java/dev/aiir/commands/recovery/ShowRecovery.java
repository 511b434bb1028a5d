package dev.aiir.commands.recovery;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code recovery}: the remediation checklist and its state. */
public record ShowRecovery(Optional<IncidentId> target) implements TargetedCommand {}
