package dev.aiir.commands.incident;

import dev.aiir.commands.IncidentCommand;
import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.timeline.TimeInput;
import java.util.Optional;

/** {@code list}: open incidents of this workspace or guild. */
public record ListOpen() implements IncidentCommand {}
