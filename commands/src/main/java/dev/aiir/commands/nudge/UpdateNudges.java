package dev.aiir.commands.nudge;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks an active incident's commander for a status update when its timeline has been quiet for its
 * severity's cadence. One timer per incident, keyed {@code nudge}: it is scheduled at declaration
 * and on a change of severity, and otherwise follows the timeline lazily: a timer that finds the
 * timeline has moved (or a snooze began) says nothing and moves itself to the new due time.
 */
public final class UpdateNudges implements TimerFeature {
  static final String FEATURE = "nudge";
  private final Core core;

  public UpdateNudges(Core core) {
    this.core = core;
  }

  public static TimerKey key(Incident incident) {
    return TimerKey.of(incident.tenant(), incident.id(), FEATURE);
  }

  /**
   * How many of the timeline's entries are updates, the metric gates' verdicts left out: a nudge's
   * Snooze button belongs to that count, so a gate's verdict does not outdate it.
   */
  public static int updates(List<TimelineEntry> timeline) {
    return Quiet.updates(timeline);
  }

  @Override
  public String name() {
    return FEATURE;
  }

  /** Schedules the incident's nudge for when it is next due, or cancels it when none is. */
  public void reschedule(TenantStore tx, Incident incident, Instant now) {
    schedule(incident, next(tx, incident, now));
  }

  /**
   * The same for an incident opened in this transaction, whose whole timeline is {@code timeline}:
   * nothing to read back.
   */
  public void opened(Incident incident, List<TimelineEntry> timeline, Instant now) {
    schedule(incident, quiet(timeline, incident).map(q -> q.nextAfter(now)));
  }

  private void schedule(Incident incident, Optional<Instant> next) {
    if (next.isPresent()) {
      core.timers().schedule(key(incident), next.get());
    } else {
      core.timers().cancel(key(incident));
    }
  }

  @Override
  public List<Notice> fired(FiredTimer timer, TenantStore tx) {
    Optional<Incident> incident = timer.key().incident().flatMap(tx.incidents()::find);
    if (incident.isEmpty() || !incident.get().state().isActive()) {
      return List.of();
    }
    List<TimelineEntry> timeline = tx.timeline().of(incident.get().id());
    Optional<Quiet> quiet = quiet(timeline, incident.get());
    schedule(incident.get(), quiet.map(q -> q.nextAfter(timer.dueAt())));
    if (quiet.isEmpty() || !quiet.get().isNudgeAt(timer.dueAt())) {
      return List.of();
    }
    Duration silent = Duration.between(quiet.get().since(), timer.now());
    Message nudge =
        Message.text(NudgeMessages.nudge(incident.get(), silent))
            .withChoices(ReminderChoices.nudge(incident.get(), Quiet.updates(timeline)));
    return Recipient.of(incident.get()).stream().map(to -> new Notice(to, nudge)).toList();
  }

  /** One read of the open incidents and two of their timelines, however many there are. */
  @Override
  public List<ScheduledTimer> expected(TenantStore tx) {
    List<ScheduledTimer> timers = new ArrayList<>();
    Map<IncidentId, Instant> lastRecorded = null;
    Map<IncidentId, List<TimelineEntry>> snoozes = null;
    Instant now = core.now();
    for (Incident incident : tx.incidents().listOpen()) {
      Optional<Duration> cadence = core.settings().nudges().of(incident.severity());
      if (!incident.state().isActive() || cadence.isEmpty()) {
        continue;
      }
      if (lastRecorded == null) {
        lastRecorded = tx.timeline().lastRecordedOfOpen(Quiet.NOT_AN_UPDATE);
        snoozes = tx.timeline().ofOpenWithText(NudgeMessages.SNOOZED);
      }
      Quiet quiet =
          Quiet.of(
              incident,
              Optional.ofNullable(lastRecorded.get(incident.id())),
              snoozes.getOrDefault(incident.id(), List.of()),
              cadence.get());
      timers.add(new ScheduledTimer(key(incident), quiet.nextAfter(now), true));
    }
    return timers;
  }

  /** The first nudge due after {@code after}: none for an inactive or un-nudged incident. */
  private Optional<Instant> next(TenantStore tx, Incident incident, Instant after) {
    if (!incident.state().isActive()) {
      return Optional.empty();
    }
    return quiet(tx.timeline().of(incident.id()), incident).map(q -> q.nextAfter(after));
  }

  private Optional<Quiet> quiet(List<TimelineEntry> timeline, Incident incident) {
    Optional<Duration> cadence = core.settings().nudges().of(incident.severity());
    if (cadence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Quiet.of(timeline, incident, cadence.get()));
  }
}
