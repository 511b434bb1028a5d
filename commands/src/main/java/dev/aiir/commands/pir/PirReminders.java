package dev.aiir.commands.pir;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.manager.ManagerRoster;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.PirReminder;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PIR deadline's timers: reminders to the incident's channel and its managers at 48, 24 and 4
 * hours left, then an overdue notice at the deadline and daily after it, until {@code pir done}.
 * Each reminder is marked on the timeline when it goes out, so it never goes out twice.
 */
public final class PirReminders implements TimerFeature {
  public static final String FEATURE = "pir";
  static final UserRef BOT = new UserRef("aiir", "aiir");
  private final Core core;

  public PirReminders(Core core) {
    this.core = core;
  }

  /** Schedules the first reminders of a just-resolved incident (after its transaction commits). */
  public static void scheduleAfterResolution(Timers timers, Incident resolved) {
    PirReminder point = PirReminder.first();
    while (!point.isOverdue() || point.daysOverdue() == 0) {
      timers.schedule(key(resolved.tenant(), resolved.id(), point), point.at(resolved.pirDueAt()));
      point = point.next();
    }
  }

  /** Cancels what is left of the schedule: the review is done. */
  public static void cancelPending(Timers timers, Incident incident, Instant now) {
    PirReminder last = PirReminder.current(incident.pirDueAt(), now).next();
    for (PirReminder point = PirReminder.first();
        point.index() <= last.index();
        point = point.next()) {
      timers.cancel(key(incident.tenant(), incident.id(), point));
    }
  }

  static TimerKey key(Tenant tenant, IncidentId id, PirReminder point) {
    return TimerKey.of(tenant, id, FEATURE, point.key());
  }

  @Override
  public String name() {
    return FEATURE;
  }

  @Override
  public List<Notice> fired(FiredTimer timer, TenantStore tx) {
    String[] details = timer.details();
    Optional<PirReminder> point =
        details.length == 1 ? PirReminder.ofKey(details[0]) : Optional.empty();
    Optional<Incident> incident =
        timer.key().incident().flatMap(tx.incidents()::find).filter(PirReminders::awaitsPir);
    if (point.isEmpty()
        || incident.isEmpty()
        || !point.get().at(incident.get().pirDueAt()).equals(timer.dueAt())
        || !point.get().holdsAt(incident.get().pirDueAt(), timer.now())) {
      return List.of();
    }
    return remind(tx, incident.get(), point.get(), timer.now());
  }

  private List<Notice> remind(TenantStore tx, Incident incident, PirReminder point, Instant now) {
    TimelineEntry mark =
        new TimelineEntry(
            0,
            now,
            now,
            BOT,
            EntrySource.SYSTEM,
            EntryKind.PIR,
            PirReminderMessages.entry(point),
            point.sourceRef());
    if (tx.timeline().appendOnce(incident.id(), mark).isEmpty()) {
      return List.of();
    }
    if (point.isOverdue()) {
      PirReminder next = point.next();
      core.timers()
          .schedule(key(incident.tenant(), incident.id(), next), next.at(incident.pirDueAt()));
    }
    Message message = PirReminderMessages.reminder(incident, point, now);
    return ManagerRoster.withManagers(core, tx, incident).stream()
        .map(to -> new Notice(to, message))
        .toList();
  }

  @Override
  public List<ScheduledTimer> expected(TenantStore tx) {
    Instant now = core.now();
    List<ScheduledTimer> timers = new ArrayList<>();
    Map<IncidentId, List<TimelineEntry>> marks = null;
    for (Incident incident : tx.incidents().listOpen()) {
      if (!awaitsPir(incident)) {
        continue;
      }
      if (marks == null) {
        marks = tx.timeline().ofOpenWithSource(PirReminder.SOURCE_PREFIX);
      }
      List<String> sent =
          marks.getOrDefault(incident.id(), List.of()).stream()
              .map(TimelineEntry::sourceRef)
              .toList();
      PirReminder point = PirReminder.current(incident.pirDueAt(), now);
      if (point.at(incident.pirDueAt()).isAfter(now)) {
        point = PirReminder.first(); // every point is still ahead
      }
      while (sent.contains(point.sourceRef())) {
        point = point.next();
      }
      timers.add(
          new ScheduledTimer(
              key(incident.tenant(), incident.id(), point), point.at(incident.pirDueAt())));
      if (!point.isOverdue()) {
        for (PirReminder later = point.next();
            !later.isOverdue() || later.daysOverdue() == 0;
            later = later.next()) {
          timers.add(
              new ScheduledTimer(
                  key(incident.tenant(), incident.id(), later), later.at(incident.pirDueAt())));
        }
      }
    }
    return timers;
  }

  /** Resolved, its review not yet done: what the reminders are for. */
  static boolean awaitsPir(Incident incident) {
    return incident.state() == IncidentState.RESOLVED
        && incident.pirDueAt() != null
        && incident.pirLink() == null;
  }
}
