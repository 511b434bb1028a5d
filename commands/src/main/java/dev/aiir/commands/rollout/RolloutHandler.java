package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.IncidentHandler;
import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * A handler of a {@code rollout} subcommand that acts on a rollout in progress: it loads the
 * rollout and its current phase, or refuses saying what to do instead.
 */
abstract class RolloutHandler<C extends TargetedCommand> extends IncidentHandler<C> {

  /** A rollout in progress with its current phase as the plan defines it. */
  record Found(Rollout rollout, Phase phase) {
    PhaseRun run() {
      return rollout.current();
    }
  }

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
  Reply whenRunning(TenantStore tx, Incident incident, Function<Found, Reply> then) {
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    Optional<Reply> refusal = refuseUnlessActive(incident, rollout);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    PhaseRun run = rollout.get().current();
    return plan()
        .find(run.phaseKey())
        .map(phase -> then.apply(new Found(rollout.get(), phase)))
        .orElseGet(() -> Reply.refusal(RolloutMessages.staleRun(incident.id(), run, plan())));
  }

  /** A refusal when the incident has no rollout in progress. */
  Optional<Reply> refuseUnlessActive(Incident incident, Optional<Rollout> rollout) {
    if (rollout.isEmpty()) {
      return Optional.of(Reply.refusal(RolloutMessages.noRollout(incident.id(), plan())));
    }
    PhaseRun run = rollout.get().current();
    return switch (rollout.get().status()) {
      case HALTED -> Optional.of(Reply.refusal(RolloutMessages.halted(incident.id(), run, plan())));
      case COMPLETE -> Optional.of(Reply.refusal(RolloutMessages.complete(incident.id())));
      case ACTIVE -> Optional.empty();
    };
  }
}
