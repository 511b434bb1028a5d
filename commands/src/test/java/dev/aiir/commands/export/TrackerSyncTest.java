package dev.aiir.commands.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackerEvent;
import dev.aiir.commands.port.ExportClients;
import dev.aiir.commands.testing.BotFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing an exported issue in its tracker shows on the incident. */
class TrackerSyncTest {
  private final FakeTracker github = new FakeTracker("acme/ml");
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:40:00Z",
          CoreSettings.defaults(),
          new ExportClients().tracker(ExportTarget.GITHUB, github));

  @BeforeEach
  void exportOneItem() {
    fixture.run("declare drift in embeddings --sev 2");
    fixture.run("action add P0 detect poisoned samples");
    fixture.run("action export");
  }

  @Test
  void closingTheIssueTicksTheItemOffOnStatusAndInThePir() {
    TrackerSync.Result result =
        fixture.bot.trackerEvent(
            new TrackerEvent(ExportTarget.GITHUB, "acme/ml#1", true, "lee-gh", at()));

    assertThat(result).isEqualTo(TrackerSync.Result.APPLIED);
    assertThat(fixture.run("status").plainText())
        .contains("Action items: 1 of 1 done; GitHub acme/ml#1 closed");
    assertThat(fixture.run("action list").plainText())
        .contains("1. [done] [P0] detect poisoned samples - GitHub acme/ml#1 (closed)");
    assertThat(fixture.run("pir draft").plainText())
        .contains(
            "1. [P0] detect poisoned samples - done - GitHub acme/ml#1, closed by lee-gh"
                + " (https://tracker.example/acme/ml/1)")
        .doesNotContain("@lee-gh");
    assertThat(texts())
        .contains(
            "Action item 1 closed in GitHub (acme/ml#1, by lee-gh): [P0] detect poisoned samples");
  }

  @Test
  void aRepeatedEventChangesNothingAndReopeningOpensTheItemAgain() {
    TrackerEvent closed = new TrackerEvent(ExportTarget.GITHUB, "acme/ml#1", true, "lee-gh", at());
    fixture.bot.trackerEvent(closed);

    TrackerSync.Result again = fixture.bot.trackerEvent(closed);
    TrackerSync.Result reopened =
        fixture.bot.trackerEvent(
            new TrackerEvent(ExportTarget.GITHUB, "acme/ml#1", false, "sam-gh", at()));

    assertThat(again).isEqualTo(TrackerSync.Result.UNCHANGED);
    assertThat(reopened).isEqualTo(TrackerSync.Result.APPLIED);
    assertThat(fixture.run("action list").plainText())
        .contains("1. [P0] detect poisoned samples - GitHub acme/ml#1")
        .doesNotContain("[done]");
    assertThat(texts()).contains("Action item 1 reopened in GitHub (acme/ml#1, by sam-gh)");
  }

  @Test
  void anIssueAiirDidNotExportChangesNothing() {
    assertThat(
            fixture.bot.trackerEvent(
                new TrackerEvent(ExportTarget.GITHUB, "acme/ml#99", true, "x", at())))
        .isEqualTo(TrackerSync.Result.UNKNOWN_ISSUE);
    assertThat(
            fixture.bot.trackerEvent(
                new TrackerEvent(ExportTarget.JIRA, "acme/ml#1", true, "x", at())))
        .isEqualTo(TrackerSync.Result.UNKNOWN_ISSUE);
  }

  @Test
  void anItemDoneInChatClosesItsIssueByExportingAgain() {
    fixture.run("action done 1");
    new ExportDispatcher(fixture.core, dev.aiir.commands.model.Backoff.standard()).exportDue();

    assertThat(github.issues.get("acme/ml#1").closed()).isTrue();
  }

  private static Instant at() {
    return Instant.parse("2026-03-12T15:00:00Z");
  }

  private List<String> texts() {
    return fixture.timeline("AI-IR-2026-001").stream().map(TimelineEntry::text).toList();
  }
}
