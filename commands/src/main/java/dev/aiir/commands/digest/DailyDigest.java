package dev.aiir.commands.digest;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.manager.ManagerRoster;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The managers' digest: one tenant-wide one-shot timer ({@code digest}) at the schedule's next
 * local time; when it fires it sends the digest to each manager and schedules the next one. Only
 * tenants with managers get one, and only when a schedule is configured. The first digest of each
 * week also carries the week in numbers ({@link WeeklyFigures}).
 */
public final class DailyDigest implements TimerFeature {
  static final String FEATURE = "digest";
  static final Duration PIR_HORIZON = Duration.ofHours(72);
  private final Core core;

  public DailyDigest(Core core) {
    this.core = core;
  }

  public static TimerKey key(dev.aiir.commands.chat.Tenant tenant) {
    return TimerKey.ofTenant(tenant, FEATURE);
  }

  @Override
  public String name() {
    return FEATURE;
  }

  @Override
  public List<Notice> fired(FiredTimer timer, TenantStore tx) {
    Optional<DigestSchedule> schedule = core.settings().digest();
    List<Recipient> managers = managers(tx);
    // A timer left from another schedule (the configuration changed) is not a digest time.
    if (schedule.isEmpty() || managers.isEmpty() || !isDigestTime(schedule.get(), timer.dueAt())) {
      return List.of();
    }
    core.timers().schedule(timer.key(), schedule.get().next(timer.dueAt(), zone()));
    Message daily = digest(tx, timer.now());
    Message digest =
        WeeklyFigures.isFirstOfWeek(schedule.get(), timer.dueAt(), zone())
            ? withWeek(daily, tx, timer.now())
            : daily;
    return managers.stream().map(to -> new Notice(to, digest)).toList();
  }

  @Override
  public List<ScheduledTimer> expected(TenantStore tx) {
    Optional<DigestSchedule> schedule = core.settings().digest();
    if (schedule.isEmpty() || managers(tx).isEmpty()) {
      return List.of();
    }
    return List.of(new ScheduledTimer(key(tx.tenant()), schedule.get().next(core.now(), zone())));
  }

  /** The digest as of {@code now}: open incidents, rollouts in progress, PIRs due and overdue. */
  public Message digest(TenantStore tx, Instant now) {
    List<Incident> open = tx.incidents().listOpen();
    List<String> lines = new ArrayList<>();
    List<Incident> active = open.stream().filter(i -> i.state().isActive()).toList();
    lines.add(DigestMessages.openHeading(active.size()));
    active.forEach(incident -> lines.add(DigestMessages.open(incident, now)));
    lines.addAll(rollouts(tx, now));
    lines.addAll(pirs(open, now));
    return Message.of(DigestMessages.title(now, zone()), List.of(), lines);
  }

  private Message withWeek(Message daily, TenantStore tx, Instant now) {
    List<String> lines = new ArrayList<>(daily.lines());
    lines.addAll(WeeklyFigures.lines(new Insights(core), tx.tenant(), now));
    return Message.of(daily.title(), daily.fields(), lines);
  }

  private List<String> rollouts(TenantStore tx, Instant now) {
    RolloutPlan plan = core.settings().rolloutPlan();
    List<String> lines = new ArrayList<>();
    for (Map.Entry<IncidentId, Rollout> entry : tx.rollouts().active().entrySet()) {
      PhaseRun run = entry.getValue().current();
      Optional<Incident> incident = tx.incidents().find(entry.getKey());
      Optional<Phase> phase = plan.find(run.phaseKey());
      if (incident.isEmpty() || phase.isEmpty()) {
        continue;
      }
      List<PhaseTimer> unfired = PhaseSchedule.unfired(plan, run, phase.get());
      if (!unfired.isEmpty()) {
        PhaseTimer next = unfired.get(0);
        Instant due = PhaseSchedule.due(run, phase.get(), next);
        lines.add(DigestMessages.rollout(incident.get(), run, next, due, now));
      }
    }
    lines.add(0, DigestMessages.rolloutsHeading(lines.size()));
    return lines;
  }

  private static List<String> pirs(List<Incident> open, Instant now) {
    List<Incident> pending =
        open.stream()
            .filter(i -> i.state() == IncidentState.RESOLVED && i.pirDueAt() != null)
            .filter(i -> i.pirDueAt().isBefore(now.plus(PIR_HORIZON)))
            .sorted(Comparator.comparing(Incident::pirDueAt))
            .toList();
    long overdue = pending.stream().filter(i -> !i.pirDueAt().isAfter(now)).count();
    List<String> lines = new ArrayList<>();
    lines.add(DigestMessages.pirsHeading((int) (pending.size() - overdue), (int) overdue));
    pending.forEach(incident -> lines.add(DigestMessages.pir(incident, now)));
    return lines;
  }

  private boolean isDigestTime(DigestSchedule schedule, Instant at) {
    return schedule.next(at.minusMillis(1), zone()).equals(at);
  }

  private List<Recipient> managers(TenantStore tx) {
    return ManagerRoster.recipients(core, tx);
  }

  private java.time.ZoneId zone() {
    return core.settings().teamZone();
  }
}
