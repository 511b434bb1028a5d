package dev.aiir.commands.nudge;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
  static final EntryKind NOT_AN_UPDATE = EntryKind.GATE;

  private static boolean isUpdate(TimelineEntry entry) {
    return entry.kind() != NOT_AN_UPDATE;
  }

  static Quiet of(List<TimelineEntry> timeline, Incident incident, Duration cadence) {
    Optional<Instant> lastRecorded =
        timeline.stream()
            .filter(Quiet::isUpdate)
            .map(TimelineEntry::recordedAt)
            .max(Comparator.naturalOrder());
    return of(incident, lastRecorded, timeline, cadence);
  }

  /**
   * The same from what reconciliation reads in bulk: when the timeline was last written to with an
   * update (a metric gate's verdict is not one: see {@link #NOT_AN_UPDATE}), and its entries that
   * may record a snooze (others are ignored).
   */
  static Quiet of(
      Incident incident,
      Optional<Instant> lastRecorded,
      List<TimelineEntry> snoozes,
      Duration cadence) {
    Instant since = incident.declaredAt();
    if (lastRecorded.isPresent() && lastRecorded.get().isAfter(since)) {
      since = lastRecorded.get();
    }
    Instant snoozedUntil = incident.declaredAt();
    for (TimelineEntry entry : snoozes) {
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
