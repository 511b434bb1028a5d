package dev.aiir.commands.recovery;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.RecoveryStep;
import java.util.Optional;

/** {@code recovery done <root-cause|data|retrain|validate> [note]}. */
public record CompleteRecoveryStep(Optional<IncidentId> target, RecoveryStep step, String note)
    implements TargetedCommand {}
