package dev.aiir.commands.rollout;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutStatus;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolloutCommandsTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Instant START = Instant.parse("2026-03-12T14:40:00Z");
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void samDeclares() {
    fixture.as(SAM, "declare Assistant gives degraded answers --sev 2");
  }

  private static TimerKey key(String phase, String timer) {
    return TimerKey.of(TENANT, new IncidentId(ID), "rollout", phase, timer);
  }

  private static Instant hoursIn(long hours) {
    return START.plus(Duration.ofHours(hours));
  }

  private String lastEntry() {
    var timeline = fixture.timeline(ID);
    return timeline.get(timeline.size() - 1).text();
  }

  @Test
  void startingEntersCanaryAndSchedulesItsMinimumAndMaximum() {
    Reply reply = fixture.as(LEE, "rollout start");

    assertThat(reply.isPrivate()).isFalse();
    assertThat(reply.plainText())
        .isEqualTo(
            """
            AI-IR-2026-001: rollout started at Canary, 1% of traffic
            Phase: Canary (1-5%)
            Traffic: 1%
            Exit criteria: No anomalies in monitoring dashboards
            Minimum soak: 2 hours, at 16:40 UTC
            Maximum: 4 hours, at 18:40 UTC
            When the exit criteria are met: `/incident rollout promote`.""");
    assertThat(fixture.scheduled())
        .isEqualTo(Map.of(key("canary", "min"), hoursIn(2), key("canary", "max"), hoursIn(4)));
    assertThat(fixture.timeline(ID))
        .last()
        .extracting(TimelineEntry::kind, TimelineEntry::text, e -> e.author().handle())
        .containsExactly(EntryKind.ROLLOUT, "Rollout started: Canary at 1% traffic", "@lee");
  }

  @Test
  void startingWithTrafficTakesItWithinCanarysRange() {
    fixture.run("rollout start --traffic 5%");

    assertThat(lastEntry()).isEqualTo("Rollout started: Canary at 5% traffic");
    assertThat(fixture.rollout(ID).orElseThrow().current().traffic()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rollout start --traffic 0%", "rollout start --traffic 10"})
  void startingOutsideCanarysRangeIsRefusedWithTheRangeAndChangesNothing(String line) {
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.run(line);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).startsWith("Canary takes 1-5% of traffic, not ");
    assertThat(fixture.snapshot()).isEqualTo(before);
    assertThat(fixture.scheduled()).isEmpty();
  }

  @Test
  void startingWhileARolloutRunsIsRefused() {
    fixture.run("rollout start");
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.run("rollout start");

    assertThat(reply.plainText())
        .isEqualTo(
            "The rollout of AI-IR-2026-001 is already at Canary (1% traffic). Promote it with"
                + " `/incident rollout promote`, or halt it with `/incident rollout halt <reason>`"
                + " before starting again.");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0%", "6%", "10%", "100"})
  void trafficOutsideThePhasesRangeIsRefusedWithTheRangeAndChangesNothing(String share) {
    fixture.run("rollout start");
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(LEE, "rollout traffic " + share);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo("Canary takes 1-5% of traffic, not " + share.replace("%", "") + "%.");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void trafficWithinTheRangeIsRecordedByAnyone() {
    fixture.run("rollout start");

    Reply reply = fixture.as(LEE, "rollout traffic 3%");

    assertThat(reply.plainText()).isEqualTo("AI-IR-2026-001: Canary now serves 3% of traffic.");
    assertThat(lastEntry()).isEqualTo("Traffic set to 3% (Canary)");
    assertThat(fixture.rollout(ID).orElseThrow().current().traffic()).isEqualTo(3);
  }

  @Test
  void trafficThatIsNoPercentageGetsUsage() {
    fixture.run("rollout start");

    Reply reply = fixture.run("rollout traffic lots");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .startsWith(
            "Traffic is a percentage such as 5%, not 'lots'.\nUsage: /incident rollout traffic");
  }

  @Test
  void promoteIsRefusedBeforeTheMinimumSoakAndChangesNothing() {
    fixture.run("rollout start");
    fixture.clock.advance(Duration.ofMinutes(70));
    StoreSnapshot before = fixture.snapshot();
    Map<TimerKey, Instant> timers = fixture.scheduled();

    Reply reply = fixture.as(SAM, "rollout promote");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo(
            "Canary needs its minimum soak of 2 hours before promotion; it has run 1 hour 10"
                + " minutes (minimum reached at 16:40 UTC). Check the exit criteria then, or"
                + " promote now with `--force <reason>`.");
    assertThat(fixture.snapshot()).isEqualTo(before);
    assertThat(fixture.scheduled()).isEqualTo(timers);
  }

  @Test
  void promoteAfterTheMinimumRecordsWhoSaidTheCriteriaAreMetAndMovesOn() {
    fixture.run("rollout start");
    fixture.advance(Duration.ofHours(2));

    Reply reply = fixture.as(SAM, "rollout promote dashboards are clean");

    assertThat(reply.plainText())
        .startsWith(
            """
            AI-IR-2026-001: promoted to Limited, 10% of traffic
            Phase: Limited (10-25%)
            Traffic: 10%
            Exit criteria: Metrics match or exceed pre-incident baseline
            Minimum soak: 4 hours, at 20:40 UTC
            Maximum: 8 hours, at 00:40 UTC"""
                .replace("at 00:40", "at 2026-03-13 00:40"));
    assertThat(lastEntry())
        .isEqualTo(
            "Canary exit criteria met (No anomalies in monitoring dashboards), confirmed by @sam;"
                + " promoted to Limited at 10% traffic: dashboards are clean");
    assertThat(fixture.scheduled())
        .isEqualTo(Map.of(key("limited", "min"), hoursIn(6), key("limited", "max"), hoursIn(10)));
    PhaseRun canary = fixture.rollout(ID).orElseThrow().runs().get(0);
    assertThat(canary.ending()).isEqualTo(PhaseEnd.PROMOTED);
    assertThat(canary.endedBy()).isEqualTo(SAM);
  }

  @Test
  void aForcedPromotionBeforeTheMinimumRecordsItsReason() {
    fixture.run("rollout start");
    fixture.clock.advance(Duration.ofMinutes(30));

    Reply reply = fixture.as(SAM, "rollout promote --force the canary model is the old one");

    assertThat(reply.refused()).isFalse();
    assertThat(lastEntry())
        .isEqualTo(
            "Canary promoted early to Limited at 10% traffic by @sam after 30 minutes (minimum 2"
                + " hours): the canary model is the old one");
    PhaseRun canary = fixture.rollout(ID).orElseThrow().runs().get(0);
    assertThat(canary.ending()).isEqualTo(PhaseEnd.FORCED);
    assertThat(canary.note()).isEqualTo("the canary model is the old one");
  }

  @Test
  void forceWithoutAReasonIsRefused() {
    fixture.run("rollout start");
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.run("rollout promote --force");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo("Say why: `rollout promote --force <reason>`; the reason is recorded.");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rollout promote --force now", "rollout halt errors spiked"})
  void aResponderWhoIsNeitherCommanderNorAdminMayNotPromoteOrHalt(String line) {
    fixture.run("rollout start");
    StoreSnapshot before = fixture.snapshot();
    Map<TimerKey, Instant> timers = fixture.scheduled();

    Reply reply = fixture.as(LEE, line);

    assertThat(reply.plainText())
        .matches(
            "Only the commander \\(@sam\\) or an incident admin can (promote|halt) the rollout of"
                + " AI-IR-2026-001\\.");
    assertThat(fixture.snapshot()).isEqualTo(before);
    assertThat(fixture.scheduled()).isEqualTo(timers);
  }

  @Test
  void haltCancelsThePhasesTimersAndRecordsTheReason() {
    fixture.run("rollout start");
    fixture.advance(Duration.ofHours(2));
    fixture.run("rollout promote");

    Reply reply = fixture.as(SAM, "rollout halt p99 latency doubled");

    assertThat(reply.plainText())
        .isEqualTo(
            "AI-IR-2026-001: rollout halted at Limited; its timers are cancelled. `/incident"
                + " rollout start` begins again at Canary (1-5%).");
    assertThat(fixture.scheduled()).isEmpty();
    assertThat(lastEntry())
        .isEqualTo("Rollout halted at Limited (10% traffic): p99 latency doubled");
    assertThat(fixture.rollout(ID).orElseThrow().status()).isEqualTo(RolloutStatus.HALTED);
  }

  @Test
  void haltNeedsAReason() {
    fixture.run("rollout start");

    Reply reply = fixture.run("rollout halt");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).contains("Usage: /incident rollout halt");
    assertThat(fixture.scheduled()).hasSize(2);
  }

  @Test
  void startingAgainAfterAHaltBeginsAtCanaryAndKeepsTheHistory() {
    fixture.run("rollout start");
    fixture.run("rollout promote --force test");
    fixture.run("rollout halt bad metrics");
    fixture.clock.advance(Duration.ofHours(1));

    fixture.run("rollout start");

    Rollout rollout = fixture.rollout(ID).orElseThrow();
    assertThat(rollout.runs())
        .extracting(PhaseRun::phaseName, PhaseRun::ending)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Canary", PhaseEnd.FORCED),
            org.assertj.core.groups.Tuple.tuple("Limited", PhaseEnd.HALTED),
            org.assertj.core.groups.Tuple.tuple("Canary", null));
    assertThat(fixture.scheduled())
        .isEqualTo(Map.of(key("canary", "min"), hoursIn(3), key("canary", "max"), hoursIn(5)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rollout traffic 3%", "rollout promote", "rollout halt why"})
  void withoutARolloutTheCommandsSayHowToStartOne(String line) {
    Reply reply = fixture.run(line);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo(
            "AI-IR-2026-001 has no rollout in progress. `/incident rollout start` begins at Canary"
                + " (1-5%).");
  }

  @Test
  void promotingThroughEveryPhaseEndsInFullAndItsOneTimer() {
    fixture.run("rollout start");
    fixture.advance(Duration.ofHours(2));
    fixture.run("rollout promote");
    fixture.advance(Duration.ofHours(4));
    fixture.run("rollout promote");
    fixture.advance(Duration.ofHours(8));

    Reply reply = fixture.run("rollout promote");

    assertThat(reply.plainText()).startsWith("AI-IR-2026-001: promoted to Full, 100% of traffic");
    assertThat(reply.plainText())
        .contains("Stable after: 72 hours, at 2026-03-16 04:40 UTC")
        .endsWith("Restoration is complete when it has been stable for 72 hours.");
    assertThat(fixture.scheduled()).isEqualTo(Map.of(key("full", "stable"), hoursIn(86)));
  }

  @Test
  void promotingTheFinalPhaseEarlyNeedsForceAndCompletesTheRestoration() {
    fixture.run("rollout start");
    for (int i = 0; i < 3; i++) {
      fixture.run("rollout promote --force drill");
    }
    assertThat(fixture.run("rollout promote").refused()).isTrue();

    Reply reply = fixture.run("rollout promote --force rolled forward to v3.3");

    assertThat(reply.plainText())
        .isEqualTo(
            "AI-IR-2026-001: traffic restoration complete: Full ended early by @maya: rolled"
                + " forward to v3.3; traffic restoration complete.");
    assertThat(fixture.rollout(ID).orElseThrow().status()).isEqualTo(RolloutStatus.COMPLETE);
    assertThat(fixture.scheduled()).isEmpty();
    assertThat(fixture.run("rollout start").plainText())
        .isEqualTo("Traffic restoration of AI-IR-2026-001 is complete.");
  }

  @Test
  void statusShowsThePhaseItsTrafficAndTheNextTimer() {
    fixture.run("rollout start --traffic 2%");
    fixture.advance(Duration.ofMinutes(150));

    String status = fixture.run("status").plainText();
    String rollout = fixture.run("rollout status").plainText();

    assertThat(status)
        .contains(
            "Rollout: Canary at 2% traffic, for 2 hours 30 minutes (since 2026-03-12 14:40 UTC)\n"
                + "Next timer: Canary maximum at 18:40 UTC\n");
    assertThat(rollout)
        .isEqualTo(
            """
            Rollout of AI-IR-2026-001: Assistant gives degraded answers
            Rollout: Canary at 2% traffic, for 2 hours 30 minutes (since 2026-03-12 14:40 UTC)
            Next timer: Canary maximum at 18:40 UTC
            Plan:
            > Canary (1-5%), 2-4 hours: No anomalies in monitoring dashboards
            - Limited (10-25%), 4-8 hours: Metrics match or exceed pre-incident baseline
            - Majority (50-75%), 8-24 hours: No user reports; regression tests passing
            - Full (100%), stable for 72 hours: 72 hours of stable operation""");
  }

  @Test
  void statusOfAHaltedRolloutSaysWhy() {
    fixture.run("rollout start");
    fixture.run("rollout halt canary errors");

    assertThat(fixture.run("status").plainText())
        .contains("Rollout: halted at Canary (canary errors)")
        .doesNotContain("Next timer");
  }

  @Test
  void helpListsTheRolloutSubcommands() {
    assertThat(fixture.run("help").plainText())
        .contains("`rollout start` - Begin at the plan's first phase (again, after a halt).")
        .contains("`rollout promote` - State that the exit criteria are met; move on")
        .contains("`rollout halt` - Halt the rollout and cancel its timers");
  }
}
