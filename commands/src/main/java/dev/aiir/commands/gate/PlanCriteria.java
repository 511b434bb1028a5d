package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.PhaseSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An incident's metric criteria over the whole plan, numbered in the plan's order as {@code gate
 * list} shows them, so that {@code gate remove <n>} names one.
 */
record PlanCriteria(List<Numbered> all) {

  /** The n-th criterion, of its phase. */
  record Numbered(int number, Phase phase, Criterion criterion, boolean own) {}

  static PlanCriteria of(TenantStore tx, Incident incident, RolloutPlan plan) {
    List<Numbered> all = new ArrayList<>();
    var overrides = tx.gates().overrides(incident.id());
    for (Phase phase : plan.phases()) {
      boolean own = overrides.containsKey(phase.key());
      for (Criterion criterion : PhaseSchedule.gateOf(tx, incident.id(), phase).criteria()) {
        all.add(new Numbered(all.size() + 1, phase, criterion, own));
      }
    }
    return new PlanCriteria(all);
  }

  Optional<Numbered> number(int n) {
    return n >= 1 && n <= all.size() ? Optional.of(all.get(n - 1)) : Optional.empty();
  }

  List<Numbered> of(Phase phase) {
    return all.stream().filter(n -> n.phase().key().equals(phase.key())).toList();
  }
}
