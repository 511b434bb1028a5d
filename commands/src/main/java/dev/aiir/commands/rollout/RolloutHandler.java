package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.RolloutStatus;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * A handler of a {@code rollout} subcommand that acts on a rollout in progress: it loads the
 * rollout and its current phase, or refuses saying what to do instead.
 */
abstract class RolloutHandler<C extends TargetedCommand> extends IncidentHandler<C> {

  RolloutHandler(Core core) {
    super(core);
  }

  RolloutPlan plan() {
    return core.settings().rolloutPlan();
  }

  /**
   * Answers with {@code then} given the rollout in progress and its phase, or with a refusal when
   * there is none or its phase is gone from the plan.
   */
  Reply whenRunning(TenantStore tx, Incident incident, Function<RunningRollout, Reply> then) {
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    return RunningRollout.whyNot(incident.id(), rollout, plan())
        .map(Reply::refusal)
        .orElseGet(() -> then.apply(RunningRollout.of(rollout, plan()).orElseThrow()));
  }

  /**
   * A refusal when the incident has no rollout in progress (its phase may be gone from the plan).
   */
  Optional<Reply> refuseUnlessActive(Incident incident, Optional<Rollout> rollout) {
    if (rollout.isPresent() && rollout.get().status() == RolloutStatus.ACTIVE) {
      return Optional.empty();
    }
    return RunningRollout.whyNot(incident.id(), rollout, plan()).map(Reply::refusal);
  }
}
