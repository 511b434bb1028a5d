package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.manager.ManagerRoster;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rollout's timers: a phase's minimum soak and maximum remind the incident's channel (the
 * maximum also its managers); the final phase's timer completes the restoration. A timer whose
 * phase has ended, or that was scheduled for an earlier run of the phase, says nothing.
 */
public final class RolloutReminders implements TimerFeature {
  /** The bot as the author of the timeline entries that timers write. */
  static final UserRef BOT = new UserRef("aiir", "aiir");

  private final Core core;

  public RolloutReminders(Core core) {
    this.core = core;
  }

  @Override
  public String name() {
    return PhaseSchedule.FEATURE;
  }

  @Override
  public List<Notice> fired(FiredTimer timer, TenantStore tx) {
    String[] details = timer.details();
    Optional<PhaseTimer> which =
        details.length == 2 ? PhaseTimer.ofKey(details[1]) : Optional.empty();
    Optional<Incident> incident = timer.key().incident().flatMap(tx.incidents()::find);
    if (which.isEmpty() || incident.isEmpty()) {
      return List.of();
    }
    Optional<Rollout> rollout = tx.rollouts().of(incident.get().id());
    Optional<Phase> phase = core.settings().rolloutPlan().find(details[0]);
    if (rollout.isEmpty()
        || phase.isEmpty()
        || !applies(rollout.get().current(), phase.get(), which.get(), timer)) {
      return List.of();
    }
    return remind(tx, incident.get(), rollout.get(), phase.get(), which.get(), timer);
  }

  /** Whether the timer belongs to the phase running now and has not fired yet. */
  private boolean applies(PhaseRun run, Phase phase, PhaseTimer which, FiredTimer timer) {
    return run.isRunning()
        && run.phaseKey().equals(phase.key())
        && core.settings().rolloutPlan().timersOf(phase).contains(which)
        && !run.fired().contains(which)
        && PhaseSchedule.due(run, phase, which).equals(timer.dueAt());
  }

  private List<Notice> remind(
      TenantStore tx,
      Incident incident,
      Rollout rollout,
      Phase phase,
      PhaseTimer which,
      FiredTimer timer) {
    PhaseRun run = rollout.current();
    PhaseRun marked = run.withFired(which);
    if (which == PhaseTimer.STABLE) {
      marked = marked.ended(timer.now(), BOT, PhaseEnd.COMPLETED, null);
      tx.timeline()
          .append(
              incident.id(),
              new TimelineEntry(
                  0,
                  timer.now(),
                  timer.now(),
                  BOT,
                  EntrySource.SYSTEM,
                  EntryKind.ROLLOUT,
                  RolloutMessages.stableEntry(phase),
                  null));
    }
    tx.rollouts().save(incident.id(), rollout.withCurrent(marked));
    if (which == PhaseTimer.STABLE) {
      core.timers().cancel(PhaseSchedule.gateKey(incident.tenant(), incident.id(), phase.key()));
      Closing.afterRolloutEnded(tx, incident, timer.now(), BOT, EntrySource.SYSTEM);
    }
    Message message = RolloutCards.reminder(incident, phase, run, which, timer.now());
    List<Notice> notices = new ArrayList<>();
    List<Recipient> recipients =
        which == PhaseTimer.MAXIMUM
            ? ManagerRoster.withManagers(core, tx, incident)
            : Recipient.of(incident);
    for (Recipient to : recipients) {
      notices.add(new Notice(to, message));
    }
    return notices;
  }

  @Override
  public List<ScheduledTimer> expected(TenantStore tx) {
    RolloutPlan plan = core.settings().rolloutPlan();
    List<ScheduledTimer> timers = new ArrayList<>();
    for (Map.Entry<IncidentId, Rollout> entry : tx.rollouts().active().entrySet()) {
      PhaseRun run = entry.getValue().current();
      plan.find(run.phaseKey())
          .ifPresent(
              phase ->
                  timers.addAll(
                      PhaseSchedule.pending(plan, tx.tenant(), entry.getKey(), run, phase)));
    }
    return timers;
  }
}
