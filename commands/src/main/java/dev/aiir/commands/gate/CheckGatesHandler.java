package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.handling.HandlingMessages;
import dev.aiir.commands.handling.IncidentLookup;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.RolloutMessages;
import dev.aiir.commands.rollout.RunningRollout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queries the running phase's metric criteria now and shows each value beside the criterion's
 * standing from the timer's checks. It only reads: what it finds changes no verdict. The queries
 * run outside the store's transaction, so a slow metrics system holds nothing up.
 */
public final class CheckGatesHandler implements Handler<CheckGates> {
  private final Core core;

  public CheckGatesHandler(Core core) {
    this.core = core;
  }

  /** What the transaction found: the gate to check, or the refusal. */
  private record Found(GateRun run, Reply refusal) {}

  @Override
  public Reply handle(CheckGates command, CommandContext context) {
    Found found = core.store().inTransaction(context.tenant(), tx -> find(command, context, tx));
    if (found.refusal() != null) {
      return found.refusal();
    }
    GateRun run = found.run();
    Instant now = core.now();
    List<String> lines = new ArrayList<>();
    for (Criterion criterion : run.gate().criteria()) {
      FilledQuery query = FilledQuery.of(criterion, run.incident(), run.run());
      Reading reading = query.read(criterion, core.metrics(), now);
      lines.add("- " + criterion.check() + ": " + reading.shown() + verdict(reading));
      if (query.query() != null && !query.query().equals(criterion.query())) {
        lines.add("   query sent: " + query.query());
      }
      Optional<CriterionCheck> last = run.state().check(criterion.text());
      lines.add("   standing: " + GateMessages.line(criterion, last, now).substring(2));
    }
    lines.addAll(GateReplies.checkFooter());
    List<Field> fields =
        List.of(
            new Field("Phase", run.phase().name() + ", at " + run.run().traffic() + "% of traffic"),
            new Field("Time in phase", RolloutMessages.span(run.run().timeIn(now))));
    return Reply.toChannel(
        Message.of(GateReplies.checkTitle(run.incident().id(), run.phase()), fields, lines));
  }

  private Found find(CheckGates command, CommandContext context, TenantStore tx) {
    Optional<Incident> incident = IncidentLookup.find(tx, command, context);
    if (incident.isEmpty()) {
      return new Found(null, Reply.refusal(HandlingMessages.notFound(command.target())));
    }
    IncidentId id = incident.get().id();
    Optional<Rollout> rollout = tx.rollouts().of(id);
    Optional<String> notRunning = RunningRollout.whyNot(id, rollout, core.settings().rolloutPlan());
    if (notRunning.isPresent()) {
      return new Found(null, Reply.refusal(notRunning.get()));
    }
    return GateRun.of(core, tx, incident.get())
        .map(run -> new Found(run, null))
        .orElseGet(
            () -> new Found(null, Reply.refusal(GateReplies.noneInPhase(id, phaseOf(rollout)))));
  }

  private Phase phaseOf(Optional<Rollout> rollout) {
    return RunningRollout.of(rollout, core.settings().rolloutPlan()).orElseThrow().phase();
  }

  private static String verdict(Reading reading) {
    return switch (reading.kind()) {
      case HOLDS -> " (holds)";
      case FAILS -> " (fails)";
      case UNKNOWN -> "";
    };
  }
}
