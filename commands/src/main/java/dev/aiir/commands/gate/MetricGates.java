package dev.aiir.commands.gate;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rollout's metric gates: one timer per running phase with metric criteria ({@code
 * gate/<phase>}), moved from check to check on each criterion's grid (every {@code every} from the
 * phase's entry). A firing queries the metrics system for the criteria due, outside any
 * transaction, then records what the answers change in the timer's transaction ({@link
 * GateEvaluation}). It stops when the phase ends (promoted, halted, complete) and when the incident
 * is resolved.
 */
public final class MetricGates implements TimerFeature {
  /** The author of what the gates record and do: promotions and halts they make are by it. */
  public static final UserRef METRICS = new UserRef("aiir-metrics", "aiir (metrics)");

  private final Core core;

  public MetricGates(Core core) {
    this.core = core;
  }

  /** The readings of the checks due at one firing, by criterion ({@link Criterion#text()}). */
  record Prepared(Map<String, Reading> readings) {}

  /** A due check: its criterion and its query, filled for the incident. */
  private record Due(Criterion criterion, FilledQuery query) {}

  @Override
  public String name() {
    return PhaseSchedule.GATE_FEATURE;
  }

  @Override
  public Object prepare(FiredTimer timer) {
    List<Due> due =
        core.store()
            .inTransaction(
                timer.key().tenant(),
                tx ->
                    GateRun.firing(core, tx, timer.key(), timer.dueAt())
                        .map(
                            run ->
                                run.dueBy(timer.dueAt()).stream()
                                    .map(
                                        c ->
                                            new Due(
                                                c, FilledQuery.of(c, run.incident(), run.run())))
                                    .toList())
                        .orElse(List.of()));
    Map<String, Reading> readings = new LinkedHashMap<>();
    for (Due check : due) {
      readings.put(
          check.criterion().text(),
          check.query().read(check.criterion(), core.metrics(), timer.now()));
    }
    return new Prepared(readings);
  }

  @Override
  public List<Notice> fired(FiredTimer timer, TenantStore tx) {
    Map<String, Reading> readings =
        timer.prepared(Prepared.class).map(Prepared::readings).orElse(Map.of());
    return GateRun.firing(core, tx, timer.key(), timer.dueAt())
        .map(run -> new GateEvaluation(core, tx, run, timer.dueAt(), timer.now()).apply(readings))
        .orElse(List.of());
  }

  /** Each active incident's running phase with criteria: its gate's next check. */
  @Override
  public List<ScheduledTimer> expected(TenantStore tx) {
    Map<IncidentId, Rollout> active = tx.rollouts().active();
    if (active.isEmpty()) {
      return List.of();
    }
    // Read for every incident at once: one read each per rollout took most of a restart's
    // reconciliation (thousands of rollouts).
    Map<IncidentId, Map<String, List<Criterion>>> overrides = tx.gates().allOverrides();
    List<ScheduledTimer> timers = new ArrayList<>();
    for (Incident incident : tx.incidents().listOpen()) {
      Rollout rollout = active.get(incident.id());
      if (rollout != null && incident.state().isActive()) {
        GateRun.of(
                core,
                tx,
                incident,
                Optional.of(rollout),
                overrides.getOrDefault(incident.id(), Map.of()))
            .ifPresent(run -> timers.add(new ScheduledTimer(run.key(), run.state().nextAt())));
      }
    }
    return timers;
  }
}
