package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The timers of a running phase: keyed {@code rollout/<phase>/<min|max|stable>} so that the same
 * phase always has the same keys, each due a fixed time after the phase was entered.
 */
public final class PhaseSchedule {
  static final String FEATURE = "rollout";

  private PhaseSchedule() {}

  public static TimerKey key(Tenant tenant, IncidentId id, String phaseKey, PhaseTimer timer) {
    return TimerKey.of(tenant, id, FEATURE, phaseKey, timer.key());
  }

  /** When {@code timer} of {@code run} is due. */
  public static Instant due(PhaseRun run, Phase phase, PhaseTimer timer) {
    return run.enteredAt().plus(timer.after(phase));
  }

  /** The phase's timers that have not fired yet, soonest first; none once the phase has ended. */
  public static List<PhaseTimer> unfired(RolloutPlan plan, PhaseRun run, Phase phase) {
    if (!run.isRunning()) {
      return List.of();
    }
    return plan.timersOf(phase).stream()
        .filter(timer -> !run.fired().contains(timer))
        .sorted(Comparator.comparing(timer -> timer.after(phase)))
        .toList();
  }

  /** The same, as timers to schedule. */
  public static List<ScheduledTimer> pending(
      RolloutPlan plan, Tenant tenant, IncidentId id, PhaseRun run, Phase phase) {
    return unfired(plan, run, phase).stream()
        .map(
            timer ->
                new ScheduledTimer(key(tenant, id, phase.key(), timer), due(run, phase, timer)))
        .toList();
  }

  /** Schedules the phase's timers that have not fired. */
  static void schedule(
      Timers timers, RolloutPlan plan, Tenant tenant, IncidentId id, PhaseRun run, Phase phase) {
    pending(plan, tenant, id, run, phase).forEach(t -> timers.schedule(t.key(), t.at()));
  }

  /** Cancels every timer a phase with this key may have scheduled. */
  static void cancel(Timers timers, Tenant tenant, IncidentId id, String phaseKey) {
    for (PhaseTimer timer : PhaseTimer.values()) {
      timers.cancel(key(tenant, id, phaseKey, timer));
    }
  }
}
