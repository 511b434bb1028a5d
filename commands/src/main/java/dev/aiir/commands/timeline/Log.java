package dev.aiir.commands.timeline;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimeInput;
import java.util.Optional;

/** {@code log [--at TIME] <text>}: a note on the timeline, backdated when {@code --at} is given. */
public record Log(Optional<IncidentId> target, Optional<TimeInput> at, String text)
    implements TargetedCommand {}
