package dev.aiir.commands.incident;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code rollback <model> <version> [reason]}. */
public record RecordRollback(
    Optional<IncidentId> target, String model, String version, String reason)
    implements TargetedCommand {}
