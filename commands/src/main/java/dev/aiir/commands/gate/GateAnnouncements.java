package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.RolloutMessages;
import dev.aiir.commands.rollout.RolloutMoves;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluation says when the phase's verdict changes, and what the bot does when the plan
 * lets it: ready to promote (with a Promote button) or promoted by aiir (metrics); breached (with a
 * Halt button) or halted by it, which the managers hear of too; or only the lines that changed.
 * Each message shows every criterion's value as just read.
 */
final class GateAnnouncements {
  /** What to tell whom: a message, and whether the bot moved the rollout itself. */
  record Said(Message message, boolean moved, boolean toManagers) {}

  private final Core core;
  private final TenantStore tx;
  private final GateRun run;
  private final Instant now;
  private final GateState evaluated;
  private final List<String> changes;

  GateAnnouncements(
      Core core,
      TenantStore tx,
      GateRun run,
      Instant now,
      GateState evaluated,
      List<String> changes) {
    this.core = core;
    this.tx = tx;
    this.run = run;
    this.now = now;
    this.evaluated = evaluated;
    this.changes = changes;
  }

  /**
   * Only the lines that changed: could not evaluate and evaluated again (each names its criterion
   * and value); and no longer ready or breached, followed by every criterion's value, since that
   * line names none.
   */
  Said changed(boolean verdictChanged) {
    List<String> lines = new ArrayList<>(changes);
    if (verdictChanged) {
      lines.addAll(1, criteriaLines());
    }
    return new Said(
        Message.of(GateMessages.changedTitle(run.incident().id(), run.phase()), List.of(), lines),
        false,
        false);
  }

  Said ready() {
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.everyHolds(run.phase()));
    lines.addAll(criteriaLines());
    lines.add(GateMessages.promoteNext(run.incident()));
    lines.addAll(changes);
    Message message =
        Message.of(GateMessages.readyTitle(run.incident().id(), run.phase()), phaseFields(), lines)
            .withChoices(ReminderChoices.gateReady(run.incident(), run.run()));
    return new Said(message, false, false);
  }

  Said breached() {
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.breachedLead(run.phase()));
    lines.addAll(criteriaLines());
    lines.add(GateMessages.haltNext(run.incident()));
    lines.addAll(changes);
    Message message =
        Message.of(
                GateMessages.breachedTitle(run.incident().id(), run.phase()), phaseFields(), lines)
            .withChoices(ReminderChoices.gateBreached(run.incident(), run.run()));
    return new Said(message, false, false);
  }

  Said promoted() {
    List<String> values = new ArrayList<>();
    for (Criterion criterion : run.gate().criteria()) {
      evaluated
          .check(criterion.text())
          .ifPresent(c -> values.add(criterion.check() + ": " + GateMessages.value(c)));
    }
    Message entered =
        new RolloutMoves(core)
            .promote(
                tx,
                run.incident(),
                run.running().rollout(),
                run.phase(),
                mover(),
                false,
                GateMessages.autoPromoted(String.join("; ", values)));
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.everyHolds(run.phase()));
    lines.addAll(criteriaLines());
    lines.addAll(entered.lines());
    lines.addAll(changes);
    return new Said(new Message(entered.title(), entered.fields(), lines), true, false);
  }

  Said halted() {
    Criterion breached =
        run.gate().criteria().stream()
            .filter(
                c ->
                    evaluated
                        .check(c.text())
                        .map(x -> x.verdict() == Verdict.BREACHED)
                        .orElse(false))
            .findFirst()
            .orElseThrow();
    String reason =
        GateMessages.autoHalted(breached, evaluated.check(breached.text()).orElseThrow());
    Message halted =
        new RolloutMoves(core).halt(tx, run.incident(), run.running().rollout(), mover(), reason);
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.breachedLead(run.phase()));
    lines.addAll(criteriaLines());
    lines.addAll(halted.lines());
    lines.addAll(changes);
    Message message =
        Message.of(GateMessages.breachedTitle(run.incident().id(), run.phase()), List.of(), lines);
    return new Said(message, true, true);
  }

  private List<Field> phaseFields() {
    return List.of(
        new Field(
            "Phase",
            run.phase().name()
                + " ("
                + run.phase().traffic()
                + "), at "
                + run.run().traffic()
                + "% of traffic"),
        new Field("Time in phase", RolloutMessages.span(run.run().timeIn(now))));
  }

  private List<String> criteriaLines() {
    return run.gate().criteria().stream()
        .map(c -> GateMessages.line(c, evaluated.check(c.text()), now))
        .toList();
  }

  private RolloutMoves.Mover mover() {
    return new RolloutMoves.Mover(MetricGates.METRICS, EntrySource.SYSTEM, now);
  }
}
