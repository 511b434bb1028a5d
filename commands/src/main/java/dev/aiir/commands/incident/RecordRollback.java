package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code rollback <model> <version> [reason]}. */
public record RecordRollback(Optional<IncidentId> target, String model, String version, String reason) implements TargetedCommand {}
