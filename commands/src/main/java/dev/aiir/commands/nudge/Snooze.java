package dev.aiir.commands.nudge;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.time.Duration;
import java.util.Optional;

/** {@code snooze <duration>}: pauses the incident's status-update nudges for a while. */
public record Snooze(Optional<IncidentId> target, String length) implements TargetedCommand {
  /** A snooze longer than a day would let an incident go silent; refused. */
  static final Duration LONGEST = Duration.ofHours(24);
}
