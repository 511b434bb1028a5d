package dev.aiir.commands.nudge;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long an incident's timeline has been quiet: since its last entry was written, with nudges due
 * every {@code cadence} after that, none before a snooze ends.
 *
 * @param since when the last entry was written (the declaration at the latest)
 * @param snoozedUntil when the latest snooze ends; {@code since} when there is none
 */
record Quiet(Instant since, Instant snoozedUntil, Duration cadence) {

  /**
   * How many entries of the timeline are people's or the bot's updates, leaving out the metric
   * gates' verdicts: what a nudge's Snooze button is made for.
   */
  static int updates(List<TimelineEntry> timeline) {
    return (int) timeline.stream().filter(Quiet::isUpdate).count();
  }

  /** A metric gate's verdict is the bot talking to itself, not a status update. */
  private static boolean isUpdate(TimelineEntry entry) {
    return entry.kind() != EntryKind.GATE;
  }

  static Quiet of(List<TimelineEntry> timeline, Incident incident, Duration cadence) {
    Instant since = incident.declaredAt();
    Instant snoozedUntil = since;
    for (TimelineEntry entry : timeline) {
      if (!isUpdate(entry)) {
        continue;
      }
      if (entry.recordedAt().isAfter(since)) {
        since = entry.recordedAt();
      }
      Instant until = NudgeMessages.snoozedUntil(entry.text()).orElse(snoozedUntil);
      if (until.isAfter(snoozedUntil)) {
        snoozedUntil = until;
      }
    }
    return new Quiet(since, snoozedUntil, cadence);
  }

  /** Whether a nudge is due exactly at {@code at}: a whole number of cadences on, not snoozed. */
  boolean isNudgeAt(Instant at) {
    Duration after = Duration.between(since, at);
    return !after.isNegative()
        && !after.isZero()
        && after.toMillis() % cadence.toMillis() == 0
        && !at.isBefore(snoozedUntil);
  }

  /** The first nudge strictly after {@code after}. */
  Instant nextAfter(Instant after) {
    Instant from = after.isBefore(snoozedUntil) ? snoozedUntil.minusMillis(1) : after;
    long elapsed = Math.max(0, Duration.between(since, from).toMillis());
    long cadences = elapsed / cadence.toMillis() + 1;
    return since.plus(cadence.multipliedBy(cadences));
  }
}
