package dev.aiir.commands.nudge;

import dev.aiir.commands.TargetedCommand;
import dev.aiir.commands.incident.IncidentId;
import java.time.Duration;
import java.util.Optional;

/** {@code snooze <duration>}: pauses the incident's status-update nudges for a while. */
public record Snooze(Optional<IncidentId> target, String length) implements TargetedCommand {
  /** A snooze longer than a day would let an incident go silent; refused. */
  static final Duration LONGEST = Duration.ofHours(24);
}
