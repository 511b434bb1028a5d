package dev.aiir.commands.rollout;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.RolloutStatus;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import dev.aiir.commands.testing.RecordingTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutRemindersTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Instant START = Instant.parse("2026-03-12T14:40:00Z");
  private static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(),
          Map.of(TENANT, new Managers(Optional.of("CMGR"), List.of("U0BOSS", "U0VP"))));
  private final BotFixture fixture =
      new BotFixture("2026-03-12T14:40:00Z", CoreSettings.defaults().withManagers(MANAGERS));

  private static TimerKey key(String phase, String timer) {
    return TimerKey.of(TENANT, new IncidentId(ID), "rollout", phase, timer);
  }

  private void declareAndStart() {
    fixture.as(SAM, "declare Assistant gives degraded answers --sev 2");
    fixture.as(SAM, "rollout start --traffic 3%");
  }

  private List<String> textsTo(String recipient) {
    return fixture.chat.posts().stream()
        .filter(s -> s.to().equals(recipient))
        .map(Sent::text)
        .toList();
  }

  @Test
  void theMinimumSoakReminderNamesTheIncidentPhaseTimeCriteriaAndNextCommand() {
    declareAndStart();

    fixture.advance(Duration.ofHours(2));

    assertThat(fixture.chat.posts())
        .containsExactly(
            new Sent(
                TENANT,
                "C1",
                """
                AI-IR-2026-001: Canary minimum soak reached
                Incident: Assistant gives degraded answers (SEV-2, investigating)
                Phase: Canary (1-5%), at 3% of traffic
                Time in phase: 2 hours
                Exit criteria: No anomalies in monitoring dashboards
                Check the exit criteria, then promote: `/incident rollout promote --id \
                AI-IR-2026-001`"""));
    assertThat(fixture.chat.directMessages()).isEmpty();
  }

  @Test
  void theMaximumReminderAlsoGoesToTheManagersChannelAndPeople() {
    declareAndStart();
    fixture.advance(Duration.ofHours(2));

    fixture.advance(Duration.ofHours(2));

    String maximum =
        """
        AI-IR-2026-001: Canary maximum reached
        Incident: Assistant gives degraded answers (SEV-2, investigating)
        Phase: Canary (1-5%), at 3% of traffic
        Time in phase: 4 hours
        Exit criteria: No anomalies in monitoring dashboards
        Promote or halt: `/incident rollout promote --id AI-IR-2026-001` if the exit criteria are \
        met, else `/incident rollout halt --id AI-IR-2026-001 <reason>`""";
    assertThat(textsTo("C1")).hasSize(2).last().isEqualTo(maximum);
    assertThat(textsTo("CMGR")).containsExactly(maximum);
    assertThat(fixture.chat.directMessages())
        .containsExactly(new Sent(TENANT, "U0BOSS", maximum), new Sent(TENANT, "U0VP", maximum));
  }

  @Test
  void aReminderDueDuringDowntimeSaysHowLongThePhaseHasReallyRun() {
    declareAndStart();
    fixture.timers.cancel(key("canary", "min"));
    fixture.clock.set(START.plus(Duration.ofMinutes(200)));

    fixture.fired.fire(key("canary", "min"), START.plus(Duration.ofHours(2)));
    fixture.dispatcher.deliverDue();

    assertThat(textsTo("C1"))
        .singleElement()
        .asString()
        .contains("Time in phase: 3 hours 20 minutes");
  }

  @Test
  void aTimerHandledTwiceSpeaksOnce() {
    declareAndStart();
    fixture.clock.set(START.plus(Duration.ofHours(2)));

    int first = fixture.fired.fire(key("canary", "min"), START.plus(Duration.ofHours(2)));
    int again = fixture.fired.fire(key("canary", "min"), START.plus(Duration.ofHours(2)));
    fixture.dispatcher.deliverDue();

    assertThat(first).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(fixture.chat.posts()).hasSize(1);
  }

  @Test
  void aHaltedRolloutsTimersNeverSpeak() {
    declareAndStart();
    Map<TimerKey, Instant> before = fixture.scheduled();
    fixture.as(SAM, "rollout halt errors spiked");
    fixture.clock.set(START.plus(Duration.ofHours(5)));

    before.forEach((key, due) -> fixture.fired.fire(key, due));
    fixture.dispatcher.deliverDue();

    assertThat(fixture.chat.posts()).isEmpty();
    assertThat(fixture.chat.directMessages()).isEmpty();
  }

  @Test
  void aTimerLeftFromAnEarlierRunOfThePhaseSaysNothing() {
    declareAndStart();
    fixture.as(SAM, "rollout halt errors spiked");
    fixture.clock.advance(Duration.ofHours(1));
    fixture.as(SAM, "rollout start");
    fixture.clock.set(START.plus(Duration.ofHours(2)));

    fixture.fired.fire(key("canary", "min"), START.plus(Duration.ofHours(2)));
    fixture.dispatcher.deliverDue();
    assertThat(fixture.chat.posts()).isEmpty();

    fixture.advance(Duration.ofHours(1));
    assertThat(textsTo("C1")).singleElement().asString().contains("Canary minimum soak reached");
  }

  @Test
  void aTimerOfAPhaseThatWasPromotedSaysNothing() {
    declareAndStart();
    fixture.as(SAM, "rollout promote --force confident");

    fixture.advance(Duration.ofHours(3));

    assertThat(fixture.chat.posts()).isEmpty();
  }

  @Test
  void theFinalPhasesTimerCompletesTheRestoration() {
    declareAndStart();
    for (int i = 0; i < 3; i++) {
      fixture.as(SAM, "rollout promote --force drill");
    }

    fixture.advance(Duration.ofHours(72));

    assertThat(textsTo("C1"))
        .singleElement()
        .asString()
        .startsWith("AI-IR-2026-001: 72 hours stable: restoration complete\n")
        .contains("Phase: Full (100%), at 100% of traffic\nTime in phase: 72 hours\n")
        .endsWith("Traffic restoration is complete. Next: `/incident resolve --id AI-IR-2026-001`");
    assertThat(fixture.rollout(ID).orElseThrow().status()).isEqualTo(RolloutStatus.COMPLETE);
    TimelineEntry last = fixture.timeline(ID).get(fixture.timeline(ID).size() - 1);
    assertThat(last.text()).isEqualTo("Full stable for 72 hours: traffic restoration complete");
    assertThat(last.source()).isEqualTo(EntrySource.SYSTEM);
    assertThat(textsTo("CMGR")).isEmpty();
  }

  @Test
  void anIncidentWithoutAChannelRemindsItsCommanderDirectly() {
    fixture.as(SAM, "declare first incident");
    fixture.as(SAM, "declare second incident");
    fixture.as(SAM, "rollout start --id AI-IR-2026-002");

    fixture.advance(Duration.ofHours(2));

    assertThat(fixture.chat.posts()).isEmpty();
    assertThat(fixture.chat.directMessages())
        .singleElement()
        .satisfies(sent -> assertThat(sent.to()).isEqualTo(SAM.id()))
        .satisfies(sent -> assertThat(sent.text()).startsWith("AI-IR-2026-002: Canary minimum"));
  }

  @Test
  void reconciliationSchedulesTheTimersThatHaveNotFiredYet() {
    declareAndStart();
    fixture.advance(Duration.ofHours(2));
    RecordingTimers scheduler = new RecordingTimers();
    var core =
        new dev.aiir.commands.handling.Core(
            fixture.store,
            scheduler,
            new dev.aiir.commands.port.ChatPlatforms(),
            fixture.clock,
            fixture.core.settings());

    int expected = new TimerReconciler(core, TimerFeatures.standard(core)).reconcile().expected();

    assertThat(expected).isEqualTo(1);
    assertThat(scheduler.scheduled())
        .isEqualTo(Map.of(key("canary", "max"), START.plus(Duration.ofHours(4))));
  }
}
