package dev.aiir.commands.gate;

import static dev.aiir.commands.gate.GateFixture.ACCURACY;
import static dev.aiir.commands.gate.GateFixture.ACCURACY_SENT;
import static dev.aiir.commands.gate.GateFixture.ID;
import static dev.aiir.commands.gate.GateFixture.gate;
import static dev.aiir.commands.gate.GateFixture.gateKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.RolloutStatus;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.MetricQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricGatesTest {
  private static final Instant START = Instant.parse("2026-03-12T14:00:00Z");

  private static List<String> labels(Message message) {
    return message.choices().stream().map(Choice::label).toList();
  }

  private static Message lastTitled(GateFixture f, String start) {
    return f.bot.chat.messages().stream()
        .filter(m -> m.title().startsWith(start))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no message titled " + start));
  }

  private static List<TimelineEntry> gateEntries(GateFixture f) {
    return f.bot.timeline(ID).stream().filter(e -> e.kind() == EntryKind.GATE).toList();
  }

  @Test
  void enteringAPhaseWithCriteriaSchedulesItsFirstCheckAndSaysWhatIsChecked() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));

    f.declareAndStart();

    assertThat(f.bot.scheduled()).containsEntry(gateKey("canary"), START.plusSeconds(60));
    assertThat(f.bot.run("rollout status").plainText()).doesNotContain("Metric criteria");
    assertThat(f.postsTo("C1")).isEmpty();
  }

  @Test
  void criteriaThatHoldSayReadyToPromoteOnceAfterTheMinimumSoakWithTheValuesAndAPromoteButton() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.declareAndStart();

    f.bot.advance(Duration.ofMinutes(119));
    assertThat(f.postsTitled(ID + ": Canary is ready")).isEmpty();
    f.bot.advance(Duration.ofMinutes(61));

    assertThat(f.postsTitled(ID + ": Canary is ready"))
        .containsExactly(
            """
            AI-IR-2026-001: Canary is ready to promote
            Phase: Canary (1-5%), at 2% of traffic
            Time in phase: 2 hours
            Every metric criterion of Canary holds:
            - eval_accuracy{model="$model"} >= 0.8: 0.83, held 1 hour 59 minutes
            Promote: `/incident rollout promote --id AI-IR-2026-001`""");
    assertThat(labels(lastTitled(f, ID + ": Canary is ready")))
        .containsExactly("Promote", "Status");
    assertThat(f.bot.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Canary");
  }

  @Test
  void aCriterionMustHoldForItsDurationBeforeThePhaseIsReady() {
    GateFixture held =
        new GateFixture(
            new dev.aiir.commands.model.PhaseGate(
                List.of(
                    dev.aiir.commands.model.CriterionText.parse(ACCURACY, "30m", null, null)
                        .criterion()),
                false,
                false));
    held.metrics.value(ACCURACY_SENT, 0.5);
    held.declareAndStart();
    held.bot.advance(Duration.ofMinutes(105));
    held.metrics.value(ACCURACY_SENT, 0.9);

    held.bot.advance(Duration.ofMinutes(30));
    assertThat(held.postsTitled(ID + ": Canary is ready")).isEmpty();
    held.bot.advance(Duration.ofMinutes(1));

    assertThat(held.postsTitled(ID + ": Canary is ready")).hasSize(1);
    assertThat(held.bot.clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(136)));
  }

  @Test
  void withAutoTheBotPromotesWhenEveryCriterionHoldsAndRecordsItAsAiirMetrics() {
    GateFixture f = new GateFixture(gate(true, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.declareAndStart();

    f.bot.advance(Duration.ofHours(2));

    PhaseRun canary = f.bot.rollout(ID).orElseThrow().runs().get(0);
    assertThat(canary.ending()).isEqualTo(PhaseEnd.PROMOTED);
    assertThat(canary.endedBy().handle()).isEqualTo("@aiir (metrics)");
    assertThat(canary.note())
        .isEqualTo("every metric criterion held (eval_accuracy{model=\"$model\"} >= 0.8: 0.83)");
    assertThat(f.bot.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Limited");
    assertThat(f.bot.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains(
            "Canary exit criteria met (No anomalies in monitoring dashboards), confirmed by"
                + " @aiir (metrics); promoted to Limited at 10% traffic: every metric criterion"
                + " held (eval_accuracy{model=\"$model\"} >= 0.8: 0.83)");
    assertThat(f.postsTitled(ID + ": promoted to Limited")).hasSize(1);
    assertThat(f.bot.scheduled()).doesNotContainKey(gateKey("canary"));
    long asked = f.asked(ACCURACY_SENT);
    f.bot.advance(Duration.ofHours(1));
    assertThat(f.asked(ACCURACY_SENT)).isEqualTo(asked);
  }

  @Test
  void aBreachPastTheFailureLimitSaysTheValueAndThresholdWithAHaltButton() {
    GateFixture f = new GateFixture(gate(false, false, "error_ratio < 0.01"));
    f.metrics.value("error_ratio", 0.034);
    f.declareAndStart();

    f.bot.advance(Duration.ofMinutes(2));
    assertThat(f.postsTo("C1")).isEmpty();
    f.bot.advance(Duration.ofMinutes(10));

    assertThat(f.postsTo("C1"))
        .containsExactly(
            """
            AI-IR-2026-001: Canary breached a metric criterion
            Phase: Canary (1-5%), at 2% of traffic
            Time in phase: 3 minutes
            A metric criterion of Canary is breached:
            - error_ratio < 0.01: 0.034, 3 failing checks in a row
            Halt: `/incident rollout halt --id AI-IR-2026-001 <reason>`""");
    assertThat(labels(lastTitled(f, ID + ": Canary breached"))).containsExactly("Halt", "Status");
    assertThat(f.bot.rollout(ID).orElseThrow().status()).isEqualTo(RolloutStatus.ACTIVE);
  }

  @Test
  void withAutoHaltTheBotHaltsTellsTheManagersAndStopsThePhasesTimers() {
    GateFixture f = new GateFixture(gate(false, true, "error_ratio < 0.01"));
    f.metrics.value("error_ratio", 0.034);
    f.declareAndStart();

    f.bot.advance(Duration.ofMinutes(3));

    PhaseRun canary = f.bot.rollout(ID).orElseThrow().current();
    assertThat(canary.ending()).isEqualTo(PhaseEnd.HALTED);
    assertThat(canary.endedBy().handle()).isEqualTo("@aiir (metrics)");
    assertThat(canary.note())
        .isEqualTo(
            "metric criterion error_ratio < 0.01 breached: 0.034 after 3 failing checks in a row");
    assertThat(f.postsTo("CMGR"))
        .hasSize(1)
        .first()
        .asString()
        .contains("rollout halted at Canary");
    assertThat(f.bot.scheduled()).isEmpty();
  }

  @Test
  void noDataCouldNotEvaluateIsSaidOnceCountsAsNotHoldingAndNeverPromotes() {
    GateFixture f = new GateFixture(gate(true, true, ACCURACY));
    f.declareAndStart();

    f.bot.advance(Duration.ofHours(3));

    assertThat(f.postsTitled(ID + ": metric criteria of Canary"))
        .containsExactly(
            """
            AI-IR-2026-001: metric criteria of Canary
            Could not evaluate eval_accuracy{model="$model"} >= 0.8: no data (the query returned\
             no series). Until it can be, it counts as not holding; the bot never promotes on\
             missing data.""");
    assertThat(f.bot.rollout(ID).orElseThrow().current().phaseName()).isEqualTo("Canary");
    assertThat(f.bot.rollout(ID).orElseThrow().status()).isEqualTo(RolloutStatus.ACTIVE);
    assertThat(gateEntries(f))
        .extracting(TimelineEntry::text)
        .containsExactly(
            "Canary gate: eval_accuracy{model=\"$model\"} >= 0.8 could not be evaluated: no data"
                + " (the query returned no series)");
  }

  @Test
  void prometheusDownIsSaidWithItsReasonAndWhenItAnswersAgainThatIsSaidToo() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));
    f.metrics.answer(ACCURACY_SENT, new MetricQueries.Failed("Prometheus could not be reached"));
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(10));
    f.metrics.value(ACCURACY_SENT, 0.9);

    f.bot.advance(Duration.ofMinutes(1));

    assertThat(f.postsTitled(ID + ": metric criteria of Canary"))
        .containsExactly(
            """
            AI-IR-2026-001: metric criteria of Canary
            Could not evaluate eval_accuracy{model="$model"} >= 0.8: Prometheus could not be\
             reached. Until it can be, it counts as not holding; the bot never promotes on\
             missing data.""",
            """
            AI-IR-2026-001: metric criteria of Canary
            eval_accuracy{model="$model"} >= 0.8 can be evaluated again: 0.9.""");
  }

  @Test
  void readyThatStopsHoldingSaysSoOnce() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.declareAndStart();
    f.bot.advance(Duration.ofHours(2));
    f.metrics.value(ACCURACY_SENT, 0.78);

    f.bot.advance(Duration.ofMinutes(5));

    assertThat(f.postsTitled(ID + ": metric criteria of Canary"))
        .containsExactly(
            """
            AI-IR-2026-001: metric criteria of Canary
            Canary is no longer ready to promote: a metric criterion stopped holding.
            - eval_accuracy{model="$model"} >= 0.8: 0.78, 1 of 3 failing checks in a row""");
  }

  @Test
  void evaluationStopsWhenThePhaseIsPromotedHaltedOrTheIncidentResolved() {
    for (String stop :
        List.of("rollout promote --force metrics fine", "rollout halt bad", "resolve fixed")) {
      GateFixture f = new GateFixture(gate(false, false, ACCURACY));
      f.metrics.value(ACCURACY_SENT, 0.83);
      f.declareAndStart();
      f.bot.advance(Duration.ofMinutes(5));
      f.bot.run(stop);
      long asked = f.asked(ACCURACY_SENT);

      f.bot.advance(Duration.ofHours(3));

      assertThat(f.asked(ACCURACY_SENT)).as(stop).isEqualTo(asked);
      assertThat(f.bot.scheduled()).as(stop).doesNotContainKey(gateKey("canary"));
    }
  }

  @Test
  void eachCriterionIsCheckedOnItsOwnIntervalAsOfTheCheckTime() {
    GateFixture f =
        new GateFixture(
            new dev.aiir.commands.model.PhaseGate(
                List.of(
                    dev.aiir.commands.model.CriterionText.parse(ACCURACY).criterion(),
                    dev.aiir.commands.model.CriterionText.parse("up == 1", null, "5m", null)
                        .criterion()),
                false,
                false));
    f.declareAndStart();

    f.bot.advance(Duration.ofMinutes(10));

    assertThat(f.asked(ACCURACY_SENT)).isEqualTo(10);
    assertThat(f.metrics.asked())
        .filteredOn(a -> a.query().equals("up"))
        .extracting(a -> a.at())
        .containsExactly(START.plus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(10)));
  }

  @Test
  void placeholdersAreFilledFromTheIncidentAndAMissingModelIsSaid() {
    GateFixture f =
        new GateFixture(
            gate(false, false, "acc{model=\"$model\", version=\"$version\"} * $traffic > 1"));
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(1));
    GateFixture none = new GateFixture(gate(false, false, "acc{model=\"$model\"} > 1"));
    none.bot.run("declare No model here");
    none.bot.run("rollout start");

    none.bot.advance(Duration.ofMinutes(1));

    assertThat(f.metrics.asked())
        .extracting(a -> a.query())
        .containsExactly("acc{model=\"assistant\", version=\"v3.2\"} * 2");
    assertThat(none.metrics.asked()).isEmpty();
    assertThat(none.postsTo("C1"))
        .singleElement()
        .asString()
        .contains(
            "Could not evaluate acc{model=\"$model\"} > 1: AI-IR-2026-001 names no model for"
                + " $model (declare it with --model NAME@VERSION).");
  }

  @Test
  void everyChangeOfVerdictIsATimelineEntryWithItsValueAndTime() {
    GateFixture f = new GateFixture(gate(false, false, "error_ratio < 0.01"));
    f.metrics.value("error_ratio", 0.004);
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(1));
    f.metrics.value("error_ratio", 0.02);
    f.bot.advance(Duration.ofMinutes(3));
    f.metrics.value("error_ratio", 0.003);
    f.bot.advance(Duration.ofMinutes(1));

    assertThat(gateEntries(f))
        .extracting(e -> e.at() + " " + e.author().handle() + " " + e.text())
        .containsExactly(
            START.plusSeconds(60) + " @aiir (metrics) Canary gate: error_ratio < 0.01 met: 0.004",
            START.plusSeconds(120)
                + " @aiir (metrics) Canary gate: error_ratio < 0.01 no longer met: 0.02",
            START.plusSeconds(240)
                + " @aiir (metrics) Canary gate: error_ratio < 0.01 breached: 0.02 after 3"
                + " failing checks in a row",
            START.plusSeconds(300) + " @aiir (metrics) Canary gate: error_ratio < 0.01 met: 0.003");
  }

  @Test
  void theSameCheckHandledTwiceChangesNothingTheSecondTime() {
    GateFixture f = new GateFixture(gate(false, false, "error_ratio < 0.01"));
    f.metrics.value("error_ratio", 0.004);
    f.declareAndStart();
    f.bot.clock.set(START.plusSeconds(60));

    int first = f.bot.fired.fire(gateKey("canary"), START.plusSeconds(60));
    int again = f.bot.fired.fire(gateKey("canary"), START.plusSeconds(60));

    assertThat(first).isZero();
    assertThat(again).isZero();
    assertThat(gateEntries(f)).hasSize(1);
    assertThat(f.asked("error_ratio")).isEqualTo(1);
    assertThat(f.bot.scheduled()).containsEntry(gateKey("canary"), START.plusSeconds(120));
  }

  @Test
  void reconciliationExpectsTheNextCheckOfEachActiveIncidentsRunningPhase() {
    GateFixture f = new GateFixture(gate(false, false, "error_ratio < 0.01"));
    f.metrics.value("error_ratio", 0.004);
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(3));

    List<dev.aiir.commands.port.ScheduledTimer> expected =
        f.bot.store.inTransaction(
            dev.aiir.commands.testing.BotFixture.TENANT,
            tx -> new MetricGates(f.bot.core).expected(tx));

    assertThat(expected)
        .containsExactly(
            new dev.aiir.commands.port.ScheduledTimer(
                gateKey("canary"), START.plus(Duration.ofMinutes(4))));
    f.bot.run("resolve fixed");
    List<dev.aiir.commands.port.ScheduledTimer> afterResolve =
        f.bot.store.inTransaction(
            dev.aiir.commands.testing.BotFixture.TENANT,
            tx -> new MetricGates(f.bot.core).expected(tx));
    assertThat(afterResolve).isEmpty();
  }

  @Test
  void reconciliationExpectsTheGateOfAnIncidentsOwnCriteriaWhereThePlanHasNone() {
    GateFixture f = new GateFixture(dev.aiir.commands.model.PhaseGate.NONE);
    f.declareAndStart();
    f.bot.run("gate add canary error_ratio < 0.01");

    List<dev.aiir.commands.port.ScheduledTimer> expected =
        f.bot.store.inTransaction(
            dev.aiir.commands.testing.BotFixture.TENANT,
            tx -> new MetricGates(f.bot.core).expected(tx));

    assertThat(f.bot.scheduled()).containsKey(gateKey("canary"));
    assertThat(expected)
        .containsExactly(
            new dev.aiir.commands.port.ScheduledTimer(
                gateKey("canary"), f.bot.scheduled().get(gateKey("canary"))));
  }
}
