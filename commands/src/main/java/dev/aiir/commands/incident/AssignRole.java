package dev.aiir.commands.incident;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import java.util.Optional;

/** {@code role <commander|comms|scribe> <@user>}. */
public record AssignRole(Optional<IncidentId> target, Role role, UserRef user)
    implements TargetedCommand {}
