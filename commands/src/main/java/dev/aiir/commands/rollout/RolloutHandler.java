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

/**
 * A handler of a {@code rollout} subcommand that acts on a rollout in progress: it loads the
 * rollout and its current phase, or refuses saying what to do instead.
 */
abstract class RolloutHandler<C extends TargetedCommand> extends IncidentHandler<C> {

  /**
   * What the handler found: a rollout in progress with its current phase as the plan defines it, or
   * else the refusal to answer with (exactly one of the two is set).
   */
  record Found(Rollout rollout, Phase phase, Reply refusal) {
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

  /** The rollout in progress and its phase; a refusal when there is none or its phase is gone. */
  Found running(TenantStore tx, Incident incident) {
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    Optional<Reply> refusal = refuseUnlessActive(incident, rollout);
    if (refusal.isPresent()) {
      return new Found(null, null, refusal.get());
    }
    PhaseRun run = rollout.get().current();
    return plan()
        .find(run.phaseKey())
        .map(phase -> new Found(rollout.get(), phase, null))
        .orElseGet(
            () ->
                new Found(
                    null,
                    null,
                    Reply.refusal(RolloutMessages.staleRun(incident.id(), run, plan()))));
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
