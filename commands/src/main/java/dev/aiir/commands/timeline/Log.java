package dev.aiir.commands.timeline;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.util.Optional;

/** {@code log [--at TIME] <text>}: a note on the timeline, backdated when {@code --at} is given. */
public record Log(Optional<IncidentId> target, Optional<TimeInput> at, String text)
    implements TargetedCommand {}
