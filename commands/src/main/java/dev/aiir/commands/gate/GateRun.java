package dev.aiir.commands.gate;

import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.rollout.PhaseSchedule;
import dev.aiir.commands.rollout.RunningRollout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident's running phase with metric criteria, as its gate sees it: the criteria (the
 * incident's own or the plan's), and their evaluation so far (fresh before the first check).
 */
record GateRun(Incident incident, RunningRollout running, PhaseGate gate, GateState state) {

  /** The incident's running phase, when it has metric criteria. */
  static Optional<GateRun> of(Core core, TenantStore tx, Incident incident) {
    return of(
        core, tx, incident, tx.rollouts().of(incident.id()), tx.gates().overrides(incident.id()));
  }

  /**
   * The same from the incident's rollout and own criteria already read (the reconciliation reads
   * every incident's at once).
   */
  static Optional<GateRun> of(
      Core core,
      TenantStore tx,
      Incident incident,
      Optional<Rollout> rollout,
      Map<String, List<Criterion>> overrides) {
    Optional<RunningRollout> running = RunningRollout.of(rollout, core.settings().rolloutPlan());
    if (running.isEmpty()) {
      return Optional.empty();
    }
    PhaseGate gate = PhaseSchedule.gateOf(overrides, running.get().phase());
    if (gate.isEmpty()) {
      return Optional.empty();
    }
    PhaseRun run = running.get().run();
    GateState state =
        tx.gates()
            .state(incident.id(), running.get().runNumber())
            .orElseGet(
                () ->
                    GateState.fresh(
                        run.enteredAt(),
                        gate.nextCheck(run.enteredAt(), run.enteredAt()).orElseThrow()));
    return Optional.of(new GateRun(incident, running.get(), gate, state));
  }

  /**
   * The running phase the gate timer {@code key} due at {@code dueAt} is for: the incident still
   * active (resolving stops its gates), the phase the key names still running, and the timer the
   * one its evaluation expects next (not a stale or repeated one).
   */
  static Optional<GateRun> firing(Core core, TenantStore tx, TimerKey key, Instant dueAt) {
    String[] purpose = key.purpose().split("/");
    return key.incident()
        .flatMap(tx.incidents()::find)
        .filter(incident -> incident.state().isActive())
        .flatMap(incident -> of(core, tx, incident))
        .filter(run -> purpose.length == 2 && run.phase().key().equals(purpose[1]))
        .filter(run -> run.state().nextAt().equals(dueAt));
  }

  /**
   * After an incident's criteria changed: its running phase's gate checks next on the new
   * criteria's grid, or stops when it has none left (or the incident is no longer active).
   */
  static void reschedule(Core core, TenantStore tx, Incident incident) {
    Optional<RunningRollout> running =
        RunningRollout.of(tx.rollouts().of(incident.id()), core.settings().rolloutPlan());
    if (running.isEmpty()) {
      return;
    }
    TimerKey key =
        PhaseSchedule.gateKey(incident.tenant(), incident.id(), running.get().phase().key());
    Optional<GateRun> run = incident.state().isActive() ? of(core, tx, incident) : Optional.empty();
    if (run.isEmpty()) {
      core.timers().cancel(key);
      return;
    }
    Instant next = run.get().nextCheck(core.now());
    tx.gates()
        .saveState(incident.id(), running.get().runNumber(), run.get().state().withNextAt(next));
    core.timers().schedule(key, next);
  }

  Phase phase() {
    return running.phase();
  }

  PhaseRun run() {
    return running.run();
  }

  /** The criteria with a check due since the last evaluation, up to {@code dueAt}. */
  List<Criterion> dueBy(Instant dueAt) {
    Instant from = run().enteredAt();
    return gate.criteria().stream()
        .filter(c -> !c.nextCheck(from, state.lastDue()).isAfter(dueAt))
        .toList();
  }

  /** The gate's next check after {@code after}. */
  Instant nextCheck(Instant after) {
    return gate.nextCheck(run().enteredAt(), after).orElseThrow();
  }

  TimerKey key() {
    return PhaseSchedule.gateKey(incident.tenant(), incident.id(), phase().key());
  }
}
