package dev.aiir.commands.gate;

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
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
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
    Optional<GateAnnouncements.Said> said = decide(run.state().announced(), verdict, evaluated);
    boolean moved = said.map(GateAnnouncements.Said::moved).orElse(false);
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

  private Optional<GateAnnouncements.Said> decide(
      Announced was, Announced verdict, GateState evaluated) {
    GateAnnouncements say = new GateAnnouncements(core, tx, run, now, evaluated, changes);
    if (verdict != was && verdict == Announced.READY) {
      return Optional.of(run.gate().autoPromote() ? say.promoted() : say.ready());
    }
    if (verdict != was && verdict == Announced.BREACHED) {
      return Optional.of(run.gate().autoHalt() ? say.halted() : say.breached());
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
    return Optional.of(say.changed(verdict != was));
  }

  private List<Notice> notices(GateAnnouncements.Said said) {
    List<Recipient> to =
        said.toManagers()
            ? ManagerRoster.withManagers(core, tx, run.incident())
            : Recipient.of(run.incident());
    return to.stream().map(r -> new Notice(r, said.message())).toList();
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
