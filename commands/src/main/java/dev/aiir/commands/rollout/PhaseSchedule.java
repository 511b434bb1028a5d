package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The timers of a running phase: keyed {@code rollout/<phase>/<min|max|stable>} so that the same
 * phase always has the same keys, each due a fixed time after the phase was entered; and, when the
 * phase has metric criteria, its gate's evaluation timer {@code gate/<phase>} (the gate feature
 * moves it from check to check).
 */
public final class PhaseSchedule {
  static final String FEATURE = "rollout";
  public static final String GATE_FEATURE = "gate";

  private PhaseSchedule() {}

  public static TimerKey key(Tenant tenant, IncidentId id, String phaseKey, PhaseTimer timer) {
    return TimerKey.of(tenant, id, FEATURE, phaseKey, timer.key());
  }

  /** The key of the phase's gate evaluation timer. */
  public static TimerKey gateKey(Tenant tenant, IncidentId id, String phaseKey) {
    return TimerKey.of(tenant, id, GATE_FEATURE, phaseKey);
  }

  /** The phase's metric criteria for this incident: its own, or else the plan's. */
  public static PhaseGate gateOf(TenantStore tx, IncidentId id, Phase phase) {
    return gateOf(tx.gates().overrides(id), phase);
  }

  /** The same, from the incident's own criteria by phase key, already read. */
  public static PhaseGate gateOf(Map<String, List<Criterion>> overrides, Phase phase) {
    List<Criterion> own = overrides.get(phase.key());
    return own == null ? phase.gate() : phase.gate().withCriteria(own);
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

  /**
   * Schedules the timers of a phase just entered: its reminders, and its gate's first check.
   * Returns the phase's metric criteria for this incident, which its card shows.
   */
  static PhaseGate entered(
      TenantStore tx, Timers timers, RolloutPlan plan, IncidentId id, PhaseRun run, Phase phase) {
    pending(plan, tx.tenant(), id, run, phase).forEach(t -> timers.schedule(t.key(), t.at()));
    PhaseGate gate = gateOf(tx, id, phase);
    gate.nextCheck(run.enteredAt(), run.enteredAt())
        .ifPresent(at -> timers.schedule(gateKey(tx.tenant(), id, phase.key()), at));
    return gate;
  }

  /** Cancels every timer a phase with this key may have scheduled, its gate's included. */
  public static void cancel(Timers timers, Tenant tenant, IncidentId id, String phaseKey) {
    for (PhaseTimer timer : PhaseTimer.values()) {
      timers.cancel(key(tenant, id, phaseKey, timer));
    }
    timers.cancel(gateKey(tenant, id, phaseKey));
  }
}
