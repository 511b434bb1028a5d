package dev.aiir.commands.incident;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Role;
import java.util.Optional;

/** {@code role <commander|comms|scribe> <@user>}. */
public record AssignRole(Optional<IncidentId> target, Role role, UserRef user)
    implements TargetedCommand {}
