package dev.aiir.commands.nudge;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateNudgesTest {
  private static final String ID = "AI-IR-2026-001";
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:00:00Z", CoreSettings.defaults().withNudges(NudgeCadences.standard()));

  private List<String> nudges() {
    return fixture.chat.posts().stream()
        .filter(s -> s.to().equals("C1"))
        .map(Sent::text)
        .filter(t -> t.contains("no timeline update"))
        .toList();
  }

  @ParameterizedTest
  @CsvSource({"1, 30", "2, 60", "3, 240"})
  void aQuietIncidentIsNudgedOnceEachCadenceOfItsSeverity(int severity, int minutes) {
    fixture.as(SAM, "declare Assistant leaks prompts --sev " + severity);

    fixture.advance(Duration.ofMinutes(minutes).minusSeconds(1));
    assertThat(nudges()).isEmpty();
    fixture.advance(Duration.ofSeconds(1));
    assertThat(nudges())
        .containsExactly(
            ID
                + ": @sam, no timeline update for "
                + (minutes == 240 ? "4 hours" : minutes == 60 ? "1 hour" : "30 minutes")
                + " (SEV-"
                + severity
                + "). Post a status update: `/incident log <status>`, or pause these with"
                + " `/incident snooze <duration>`.");
    fixture.advance(Duration.ofMinutes(minutes));
    assertThat(nudges()).hasSize(2);
  }

  @Test
  void aSev4IsNeverNudged() {
    fixture.as(SAM, "declare Typo in a reply --sev 4");

    fixture.advance(Duration.ofDays(2));

    assertThat(nudges()).isEmpty();
    assertThat(fixture.scheduled()).isEmpty();
  }

  @Test
  void aTimelineEntryPutsTheNextNudgeOneCadenceAfterIt() {
    fixture.as(SAM, "declare Assistant leaks prompts --sev 1");
    fixture.advance(Duration.ofMinutes(20));
    fixture.as(SAM, "log rolled back the prompt template");

    fixture.advance(Duration.ofMinutes(29));
    assertThat(nudges()).isEmpty();
    fixture.advance(Duration.ofMinutes(1));
    assertThat(nudges()).singleElement().asString().contains("no timeline update for 30 minutes");
  }

  @Test
  void anUpgradeTakesTheFasterCadenceAtOnce() {
    fixture.as(SAM, "declare Drift --sev 3");
    fixture.advance(Duration.ofMinutes(10));
    fixture.as(SAM, "sev 1 spreading");

    fixture.advance(Duration.ofMinutes(30));

    assertThat(nudges()).singleElement().asString().contains("(SEV-1)");
  }

  @Test
  void aResolvedIncidentIsNotNudged() {
    fixture.as(SAM, "declare Drift --sev 1");
    fixture.as(SAM, "resolve");

    fixture.advance(Duration.ofHours(3));

    assertThat(nudges()).isEmpty();
  }

  @Test
  void aSnoozePausesNudgesAndIsRecordedOnTheTimeline() {
    fixture.as(SAM, "declare Drift --sev 1");

    Reply reply = fixture.as(SAM, "snooze 2h");

    assertThat(reply.plainText()).isEqualTo(ID + ": status-update nudges paused for 2 hours.");
    assertThat(fixture.timeline(ID).get(fixture.timeline(ID).size() - 1).text())
        .isEqualTo("Status-update nudges snoozed until 2026-03-12T16:00:00Z (2 hours) by @sam.");
    fixture.advance(Duration.ofMinutes(119));
    assertThat(nudges()).isEmpty();
    fixture.advance(Duration.ofMinutes(1));
    assertThat(nudges()).singleElement().asString().contains("no timeline update for 2 hours");
  }

  @Test
  void reconciliationExpectsOneNudgePerNudgedIncident() {
    fixture.as(SAM, "declare Drift --sev 1");
    fixture.as(SAM, "declare Typo --sev 4");
    fixture.timers.cancel(UpdateNudges.key(fixture.incident(ID)));

    new TimerReconciler(fixture.core, TimerFeatures.standard(fixture.core)).reconcile();

    assertThat(fixture.scheduled())
        .containsOnlyKeys(UpdateNudges.key(fixture.incident(ID)))
        .containsValue(fixture.incident(ID).declaredAt().plus(Duration.ofMinutes(30)));
  }

  @Test
  void aNudgeHandledTwiceIsSentOnce() {
    fixture.as(SAM, "declare Drift --sev 1");
    var due = fixture.incident(ID).declaredAt().plus(Duration.ofMinutes(30));
    fixture.clock.set(due);

    fixture.fired.fire(UpdateNudges.key(fixture.incident(ID)), due);
    fixture.fired.fire(UpdateNudges.key(fixture.incident(ID)), due);
    fixture.dispatcher.deliverDue();

    assertThat(nudges()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"snooze", "snooze soon", "snooze 0m", "snooze 25h", "snooze -1h"})
  void aBadSnoozeIsRefusedAndChangesNothing(String line) {
    fixture.as(SAM, "declare Drift --sev 1");
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(SAM, line);

    assertThat(reply.refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void onlyTheCommanderOrAnAdminMaySnooze() {
    fixture.as(SAM, "declare Drift --sev 1");
    StoreSnapshot before = fixture.snapshot();

    assertThat(fixture.as(LEE, "snooze 1h").refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
    assertThat(fixture.as(MAYA, "snooze 1h").refused()).isFalse();
  }

  @Test
  void aSev4HasNothingToSnooze() {
    fixture.as(SAM, "declare Typo --sev 4");

    assertThat(fixture.as(SAM, "snooze 1h").plainText())
        .isEqualTo(ID + " is SEV-4, which gets no status-update nudges: nothing to snooze.");
  }

  @Test
  void cadencesCanBeChangedOrTurnedOff() {
    NudgeCadences cadences =
        NudgeCadences.standard()
            .with(Severity.SEV1, Optional.of(Duration.ofMinutes(15)))
            .with(Severity.SEV3, Optional.empty());

    assertThat(cadences.of(Severity.SEV1)).contains(Duration.ofMinutes(15));
    assertThat(cadences.of(Severity.SEV2)).contains(Duration.ofHours(1));
    assertThat(cadences.of(Severity.SEV3)).isEmpty();
    assertThat(new IncidentId(ID).value()).isEqualTo(ID);
  }
}
