package dev.aiir.commands.port;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.IncidentId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's rollout gates, inside its transaction: the metric criteria an incident set for a phase
 * instead of the plan's, and the evaluation of each phase run's criteria.
 */
public interface GateTable {
  /** The incident's own criteria for each phase it changed, by phase key. */
  Map<String, List<Criterion>> overrides(IncidentId id);

  /** Every incident's own criteria, by incident and then by phase key, in one read. */
  Map<IncidentId, Map<String, List<Criterion>>> allOverrides();

  /** Replaces the incident's criteria for {@code phaseKey} (an empty list: none at all). */
  void override(IncidentId id, String phaseKey, List<Criterion> criteria);

  /** The evaluation of the rollout's {@code run}-th phase run (from 1); empty before the first. */
  Optional<GateState> state(IncidentId id, int run);

  void saveState(IncidentId id, int run, GateState state);
}
