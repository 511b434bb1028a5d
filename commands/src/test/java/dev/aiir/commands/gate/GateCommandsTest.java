package dev.aiir.commands.gate;

import static dev.aiir.commands.gate.GateFixture.ACCURACY;
import static dev.aiir.commands.gate.GateFixture.ACCURACY_SENT;
import static dev.aiir.commands.gate.GateFixture.ID;
import static dev.aiir.commands.gate.GateFixture.gate;
import static dev.aiir.commands.gate.GateFixture.gateKey;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GateCommandsTest {
  private static final Instant START = Instant.parse("2026-03-12T14:00:00Z");

  @Test
  void addingACriterionToTheRunningPhaseRecordsItAndStartsItsChecks() {
    GateFixture f = new GateFixture(PhaseGate.NONE);
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(90));

    Reply reply = f.bot.run("gate add Canary error_ratio < 0.01 --for 30m --every 5m");

    assertThat(reply.isPrivate()).isFalse();
    assertThat(reply.plainText())
        .isEqualTo(
            """
            AI-IR-2026-001: metric criteria of Canary
            Metric criterion added to Canary: error_ratio < 0.01, held 30 minutes, checked every\
             5 minutes, 3 failing checks in a row breach it.
            1. error_ratio < 0.01, held 30 minutes, checked every 5 minutes, 3 failing checks in\
             a row breach it""");
    assertThat(f.bot.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains(
            "Metric criterion added to Canary: error_ratio < 0.01, held 30 minutes, checked every"
                + " 5 minutes, 3 failing checks in a row breach it");
    assertThat(f.bot.scheduled())
        .containsEntry(gateKey("canary"), START.plus(Duration.ofMinutes(95)));
  }

  @Test
  void aCheckThatIsNoCriterionIsRefusedToItsAuthorWithTheUsageAndChangesNothing() {
    GateFixture f = new GateFixture(PhaseGate.NONE);
    f.declareAndStart();
    StoreSnapshot before = f.bot.snapshot();

    Reply unbalanced = f.bot.run("gate add canary sum(rate(errors[5m]) < 0.01");
    Reply comparison = f.bot.run("gate add canary error_ratio ~ 0.01");
    Reply threshold = f.bot.run("gate add canary error_ratio < low");
    Reply duration = f.bot.run("gate add canary error_ratio < 0.01 --for soon");

    assertThat(unbalanced.refused()).isTrue();
    assertThat(unbalanced.isPrivate()).isTrue();
    assertThat(unbalanced.plainText())
        .isEqualTo(
            """
            That is not a metric criterion: the query has a '(' that is never closed.
            Usage: /incident gate add <phase> <query> <comparison> <threshold> [--for 30m]\
             [--every 1m] [--failures 3]""");
    assertThat(comparison.plainText())
        .startsWith("That is not a metric criterion: '~' is not a comparison; use <, <=, >, >=,");
    assertThat(threshold.plainText())
        .startsWith("That is not a metric criterion: the threshold 'low' is not a number.");
    assertThat(duration.plainText())
        .startsWith(
            "That is not a metric criterion: --for 'soon' is not a duration such as 30s, 5m or 1h.");
    assertThat(f.bot.snapshot()).isEqualTo(before);
    assertThat(f.bot.scheduled()).doesNotContainKey(gateKey("canary"));
  }

  @Test
  void anUnknownPhaseADuplicateAndSomeoneNotInChargeAreRefused() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY));
    f.declareAndStart();
    StoreSnapshot before = f.bot.snapshot();

    assertThat(f.bot.run("gate add staging up == 1").plainText())
        .isEqualTo(
            "The plan has no phase 'staging'; its phases are Canary, Limited, Majority, Full.");
    assertThat(f.bot.run("gate add canary " + ACCURACY).plainText())
        .isEqualTo("Canary already has the metric criterion " + ACCURACY + ".");
    assertThat(f.bot.as(SAM, "gate add limited up == 1").plainText())
        .isEqualTo(
            "Only the commander (@maya) or an incident admin can change the metric criteria of"
                + " AI-IR-2026-001.");
    assertThat(f.bot.as(SAM, "gate remove 1").refused()).isTrue();
    assertThat(f.bot.snapshot()).isEqualTo(before);
  }

  @Test
  void theListNumbersEveryPhasesCriteriaAndRemovingOneNamesItByNumber() {
    GateFixture f = new GateFixture(gate(true, false, ACCURACY));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.declareAndStart();
    f.bot.run("gate add limited error_ratio < 0.01 --failures 5");
    f.bot.advance(Duration.ofMinutes(10));

    assertThat(f.bot.as(SAM, "gate list").plainText())
        .isEqualTo(
            """
            Metric criteria of AI-IR-2026-001
            Canary (running) (the bot promotes by itself):
            1. eval_accuracy{model="$model"} >= 0.8, checked every 1 minute, 3 failing checks in\
             a row breach it
               now: eval_accuracy{model="$model"} >= 0.8: 0.83, held 9 minutes
            Limited, set for this incident:
            2. error_ratio < 0.01, checked every 1 minute, 5 failing checks in a row breach it
            `/incident gate remove <n>` removes one; `/incident gate add <phase> <query>\
             <comparison> <threshold> [--for 30m] [--every 1m] [--failures 3]` adds one.""");

    Reply removed = f.bot.run("gate remove 1");

    assertThat(removed.plainText())
        .startsWith(
            "AI-IR-2026-001: metric criteria of Canary\nMetric criterion removed from Canary:")
        .endsWith("Canary has no metric criteria now.");
    assertThat(f.bot.scheduled()).doesNotContainKey(gateKey("canary"));
    assertThat(f.bot.run("gate remove 3").plainText())
        .isEqualTo("There is no metric criterion 3 (1 to 1); `/incident gate list` shows them.");
  }

  @Test
  void rolloutCheckQueriesEachCriterionNowAndShowsItsStanding() {
    GateFixture f = new GateFixture(gate(false, false, ACCURACY, "error_ratio < 0.01"));
    f.metrics.value(ACCURACY_SENT, 0.83);
    f.metrics.answer(
        "error_ratio", new MetricQueries.Failed("Prometheus did not answer within 10 seconds"));
    f.declareAndStart();
    f.bot.advance(Duration.ofMinutes(30));
    f.metrics.value(ACCURACY_SENT, 0.79);
    int askedBefore = f.metrics.asked().size();

    Reply check = f.bot.as(SAM, "rollout check");

    assertThat(check.plainText())
        .isEqualTo(
            """
            AI-IR-2026-001: metric criteria of Canary, checked now
            Phase: Canary, at 2% of traffic
            Time in phase: 30 minutes
            - eval_accuracy{model="$model"} >= 0.8: 0.79 (fails)
               query sent: eval_accuracy{model="assistant"}
               standing: eval_accuracy{model="$model"} >= 0.8: 0.83, held 29 minutes
            - error_ratio < 0.01: could not evaluate: Prometheus did not answer within 10 seconds
               standing: error_ratio < 0.01: could not evaluate (Prometheus did not answer within\
             10 seconds)
            Every series must satisfy its comparison; the worst one is shown. No data, NaN or an\
             error counts as not holding.""");
    assertThat(f.metrics.asked()).hasSize(askedBefore + 2);
    assertThat(f.bot.bot.read("rollout check").slow()).isTrue();
  }

  @Test
  void rolloutCheckWithoutARunningPhaseOrCriteriaIsRefused() {
    GateFixture f = new GateFixture(PhaseGate.NONE);
    f.bot.run("declare Assistant gives degraded answers --sev 2");

    assertThat(f.bot.run("rollout check").plainText())
        .startsWith("AI-IR-2026-001 has no rollout in progress.");
    f.bot.run("rollout start");
    assertThat(f.bot.run("rollout check").plainText())
        .startsWith("AI-IR-2026-001: Canary has no metric criteria. Add one with");
    assertThat(f.metrics.asked()).isEmpty();
  }

  @Test
  void helpListsTheGateCommandsAndRolloutCheck() {
    String help = new GateFixture(PhaseGate.NONE).bot.run("help").plainText();

    assertThat(help)
        .contains("`gate add` - ")
        .contains("`gate list` - ")
        .contains("`gate remove` - ")
        .contains("`rollout check` - ");
  }
}
