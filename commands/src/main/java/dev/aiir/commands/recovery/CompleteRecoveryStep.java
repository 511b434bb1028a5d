package dev.aiir.commands.recovery;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code recovery done <root-cause|data|retrain|validate> [note]}. */
public record CompleteRecoveryStep(Optional<IncidentId> target, RecoveryStep step, String note)
    implements TargetedCommand {}
