package dev.aiir.commands.gate;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.manager.ManagerRoster;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.model.CriterionCheck.Verdict;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.GateState.Announced;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.rollout.RolloutMessages;
import dev.aiir.commands.rollout.RolloutMoves;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of a phase's gate, inside its timer's transaction: each due criterion's reading
 * moves its standing (a timeline entry for every change of verdict), the criteria's sum is compared
 * with what the channel was last told, and a change is said once: ready to promote (or promoted,
 * when the plan lets the bot), breached (or halted), no longer so, could not evaluate and evaluated
 * again. Then the next check is scheduled, unless the phase has ended.
 */
final class GateEvaluation {
  private final Core core;
  private final TenantStore tx;
  private final GateRun run;
  private final Instant dueAt;
  private final Instant now;
  private final List<String> changes = new ArrayList<>();

  GateEvaluation(Core core, TenantStore tx, GateRun run, Instant dueAt, Instant now) {
    this.core = core;
    this.tx = tx;
    this.run = run;
    this.dueAt = dueAt;
    this.now = now;
  }

  List<Notice> apply(Map<String, Reading> readings) {
    List<CriterionCheck> checks = new ArrayList<>();
    for (Criterion criterion : run.gate().criteria()) {
      Optional<CriterionCheck> before = run.state().check(criterion.text());
      Reading reading = readings.get(criterion.text());
      if (reading == null) {
        before.ifPresent(checks::add);
        continue;
      }
      CriterionCheck after = Verdicts.next(criterion, before, reading, now);
      GateMessages.verdictEntry(run.phase(), criterion, before, after).ifPresent(this::record);
      noteUnknown(criterion, before, after);
      checks.add(after);
    }
    GateState evaluated = new GateState(dueAt, dueAt, run.state().announced(), checks);
    Announced verdict =
        Verdicts.phase(
            run.gate().criteria(),
            evaluated,
            !now.isBefore(run.run().enteredAt().plus(run.phase().minimum())),
            core.settings().rolloutPlan().isFinal(run.phase()));
    Optional<Said> said = decide(run.state().announced(), verdict, evaluated);
    boolean moved = said.map(Said::moved).orElse(false);
    Instant next = moved ? dueAt : run.nextCheck(dueAt.isAfter(now) ? dueAt : now);
    tx.gates()
        .saveState(
            run.incident().id(),
            run.running().runNumber(),
            new GateState(dueAt, next, verdict, checks));
    if (!moved) {
      core.timers().schedule(run.key(), next);
    }
    return said.map(this::notices).orElse(List.of());
  }

  /** What to tell whom: a message, and whether the bot moved the rollout itself. */
  private record Said(Message message, boolean moved, boolean toManagers) {}

  private Optional<Said> decide(Announced was, Announced verdict, GateState evaluated) {
    if (verdict != was && verdict == Announced.READY) {
      return Optional.of(run.gate().autoPromote() ? promote(evaluated) : ready(evaluated));
    }
    if (verdict != was && verdict == Announced.BREACHED) {
      return Optional.of(run.gate().autoHalt() ? halt(evaluated) : breached(evaluated));
    }
    if (verdict != was) {
      changes.add(
          0,
          was == Announced.READY
              ? GateMessages.noLongerReady(run.phase())
              : GateMessages.noLongerBreached(run.phase()));
    }
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Said(
            Message.of(
                GateMessages.changedTitle(run.incident().id(), run.phase()), List.of(), changes),
            false,
            false));
  }

  private Said ready(GateState evaluated) {
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.everyHolds(run.phase()));
    lines.addAll(criteriaLines(evaluated));
    lines.add(GateMessages.promoteNext(run.incident()));
    lines.addAll(changes);
    Message message =
        Message.of(GateMessages.readyTitle(run.incident().id(), run.phase()), phaseFields(), lines)
            .withChoices(ReminderChoices.gateReady(run.incident(), run.run()));
    return new Said(message, false, false);
  }

  private Said breached(GateState evaluated) {
    List<String> lines = new ArrayList<>();
    lines.add(GateMessages.breachedLead(run.phase()));
    lines.addAll(criteriaLines(evaluated));
    lines.add(GateMessages.haltNext(run.incident()));
    lines.addAll(changes);
    Message message =
        Message.of(
                GateMessages.breachedTitle(run.incident().id(), run.phase()), phaseFields(), lines)
            .withChoices(ReminderChoices.gateBreached(run.incident(), run.run()));
    return new Said(message, false, false);
  }

  private Said promote(GateState evaluated) {
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
    lines.addAll(criteriaLines(evaluated));
    lines.addAll(entered.lines());
    lines.addAll(changes);
    return new Said(new Message(entered.title(), entered.fields(), lines), true, false);
  }

  private Said halt(GateState evaluated) {
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
    lines.addAll(criteriaLines(evaluated));
    lines.addAll(halted.lines());
    lines.addAll(changes);
    Message message =
        Message.of(GateMessages.breachedTitle(run.incident().id(), run.phase()), List.of(), lines);
    return new Said(message, true, true);
  }

  private List<Notice> notices(Said said) {
    List<Recipient> to =
        said.toManagers()
            ? ManagerRoster.withManagers(core, tx, run.incident())
            : Recipient.of(run.incident());
    return to.stream().map(r -> new Notice(r, said.message())).toList();
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

  private List<String> criteriaLines(GateState evaluated) {
    return run.gate().criteria().stream()
        .map(c -> GateMessages.line(c, evaluated.check(c.text()), now))
        .toList();
  }

  private void noteUnknown(
      Criterion criterion, Optional<CriterionCheck> before, CriterionCheck after) {
    boolean wasUnknown = before.map(c -> c.verdict() == Verdict.UNKNOWN).orElse(false);
    boolean isUnknown = after.verdict() == Verdict.UNKNOWN;
    if (isUnknown && !wasUnknown) {
      changes.add(GateMessages.couldNotEvaluate(criterion, after));
    } else if (wasUnknown && !isUnknown) {
      changes.add(GateMessages.evaluatedAgain(criterion, after));
    }
  }

  private RolloutMoves.Mover mover() {
    return new RolloutMoves.Mover(MetricGates.METRICS, EntrySource.SYSTEM, now);
  }

  private void record(String text) {
    tx.timeline()
        .append(
            run.incident().id(),
            new TimelineEntry(
                0,
                now,
                core.now(),
                MetricGates.METRICS,
                EntrySource.SYSTEM,
                EntryKind.GATE,
                text,
                null));
  }
}
