package dev.aiir.commands.port;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Rollout;
import java.util.Map;
import java.util.Optional;

/** A tenant's staged restorations of traffic, inside its transaction. */
public interface RolloutTable {
  /** The incident's rollout; empty until {@code rollout start}. */
  Optional<Rollout> of(IncidentId id);

  /**
   * Saves the rollout's new record: its phases are numbered in order, earlier ones updated, new
   * ones added. The incident must be this tenant's.
   */
  void save(IncidentId id, Rollout rollout);

  /** The rollouts whose current phase is still running, by incident id in id order. */
  Map<IncidentId, Rollout> active();
}
