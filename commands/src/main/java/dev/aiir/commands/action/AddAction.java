package dev.aiir.commands.action;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import java.util.Optional;

/** {@code action add <P0|P1|P2> <text> [--owner @user]}. */
public record AddAction(
    Optional<IncidentId> target, Priority priority, String text, Optional<UserRef> owner)
    implements TargetedCommand {}
