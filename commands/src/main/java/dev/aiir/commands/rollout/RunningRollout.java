package dev.aiir.commands.rollout;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.RolloutStatus;
import java.util.Optional;

/**
 * A rollout in progress with its current phase as the plan defines it: what a command or a timer
 * about the running phase needs, or the words that say why there is none.
 */
public record RunningRollout(Rollout rollout, Phase phase) {

  public PhaseRun run() {
    return rollout.current();
  }

  /** The current run's number, from 1: how the store numbers a rollout's phase runs. */
  public int runNumber() {
    return rollout.runs().size();
  }

  /** The rollout in progress with its phase; empty when none runs or the plan lost its phase. */
  public static Optional<RunningRollout> of(Optional<Rollout> rollout, RolloutPlan plan) {
    return rollout
        .filter(r -> r.status() == RolloutStatus.ACTIVE)
        .flatMap(r -> plan.find(r.current().phaseKey()).map(phase -> new RunningRollout(r, phase)));
  }

  /** Why {@code rollout} is not one in progress, in words that say what to do instead. */
  public static Optional<String> whyNot(
      IncidentId id, Optional<Rollout> rollout, RolloutPlan plan) {
    if (rollout.isEmpty()) {
      return Optional.of(RolloutMessages.noRollout(id, plan));
    }
    PhaseRun run = rollout.get().current();
    return switch (rollout.get().status()) {
      case HALTED -> Optional.of(RolloutMessages.halted(id, run, plan));
      case COMPLETE -> Optional.of(RolloutMessages.complete(id));
      case ACTIVE ->
          plan.find(run.phaseKey()).isPresent()
              ? Optional.empty()
              : Optional.of(RolloutMessages.staleRun(id, run, plan));
    };
  }
}
