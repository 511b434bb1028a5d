package dev.aiir.commands.export;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ExportClients;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code action export}: one issue per action item, once, updated after; faults told plainly. */
class ActionExportTest {
  private final FakeTracker github = new FakeTracker("acme/ml");
  private final FakeTracker jira = new FakeTracker("OPS");
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:40:00Z",
          CoreSettings.defaults(),
          new ExportClients()
              .tracker(ExportTarget.GITHUB, github)
              .tracker(ExportTarget.JIRA, jira));

  @BeforeEach
  void declareWithTwoItems() {
    fixture.run("declare drift in embeddings --sev 2");
    fixture.run("action add P0 detect poisoned samples --owner @lee");
    fixture.run("action add P2 document the rollback");
  }

  @Test
  void exportCreatesOneIssuePerItemAndAgainUpdatesThem() {
    Reply first = fixture.as(SAM, "action export --to github");
    Reply second = fixture.as(SAM, "action export --to github");

    assertThat(first.plainText())
        .isEqualTo(
            "AI-IR-2026-001: 2 of 2 action items exported to GitHub\n"
                + "1. [P0] detect poisoned samples -> acme/ml#1 (created)"
                + " https://tracker.example/acme/ml/1\n"
                + "2. [P2] document the rollback -> acme/ml#2 (created)"
                + " https://tracker.example/acme/ml/2");
    assertThat(second.plainText()).contains("acme/ml#1 (updated)").contains("acme/ml#2 (updated)");
    assertThat(github.issues).hasSize(2);
    assertThat(github.calls)
        .containsExactly(
            "find aiir:slack:T1/AI-IR-2026-001/1",
            "create AI-IR-2026-001: detect poisoned samples",
            "find aiir:slack:T1/AI-IR-2026-001/2",
            "create AI-IR-2026-001: document the rollback",
            "update acme/ml#1",
            "update acme/ml#2");
    assertThat(texts())
        .contains(
            "Action item 1 exported to GitHub as acme/ml#1: https://tracker.example/acme/ml/1");
  }

  @Test
  void theIssueCarriesPriorityOwnerIncidentAndTheItemsTextAsWritten() {
    fixture.run("action add P1 stop <!channel> from **pinging** [x](javascript:alert(1))");

    fixture.run("action export --to jira");

    var issue = jira.issues.get("OPS#3");
    assertThat(issue.title())
        .isEqualTo("AI-IR-2026-001: stop <!channel> from **pinging** [x](javascript:alert(1))");
    assertThat(issue.priority().name()).isEqualTo("P1");
    assertThat(issue.labels()).containsExactly("AI-IR-2026-001");
    assertThat(jira.issues.get("OPS#1").owner().orElseThrow().displayName()).isEqualTo("lee");
    assertThat(issue.body().get(0).text())
        .isEqualTo("stop <!channel> from **pinging** [x](javascript:alert(1))");
    assertThat(issue.marker()).isEqualTo("aiir:slack:T1/AI-IR-2026-001/3");
  }

  @Test
  void anIssueWhoseCreationAnswerWasLostIsFoundAndNotCreatedTwice() {
    github.loseNextCreateAnswer();

    Reply reply = fixture.run("action export --to github");
    fixture.advance(Duration.ofSeconds(2));
    exportDue();

    assertThat(reply.plainText())
        .contains(
            "GitHub could not take the export now: the request timed out. aiir keeps trying in"
                + " the background (next try in 1 s)");
    assertThat(github.issues).hasSize(2);
    assertThat(github.issues.keySet()).containsExactly("acme/ml#1", "acme/ml#2");
    assertThat(texts())
        .contains(
            "Action item 1 exported to GitHub as acme/ml#1: https://tracker.example/acme/ml/1",
            "Action item 2 exported to GitHub as acme/ml#2: https://tracker.example/acme/ml/2");
  }

  @Test
  void aRefusedCredentialIsToldToItsAuthorAndNotRetried() {
    github.failNext(
        new ExportFailure(
            ExportFailure.Kind.UNAUTHORIZED,
            "GitHub answered 401 Unauthorized: the token (env AIIR_GITHUB_TOKEN) was not"
                + " accepted."));

    Reply reply = fixture.run("action export --to github");
    fixture.advance(Duration.ofHours(2));
    exportDue();

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo(
            "GitHub refused the export: GitHub answered 401 Unauthorized: the token (env"
                + " AIIR_GITHUB_TOKEN) was not accepted. Nothing more was exported; once that is"
                + " fixed, run `/incident action export --id AI-IR-2026-001 --to github` again.");
    assertThat(github.issues).isEmpty();
    assertThat(jobs()).allMatch(row -> row.endsWith("abandoned"));
  }

  @Test
  void aRateLimitIsWaitedOutForItsRetryAfter() {
    github.failNext(
        new ExportFailure(
            ExportFailure.Kind.RATE_LIMITED,
            "GitHub answered 429 Too Many Requests.",
            Duration.ofSeconds(30),
            null));

    Reply reply = fixture.run("action export --to github");
    fixture.clock.advance(Duration.ofSeconds(20));
    int early = exportDue();
    fixture.clock.advance(Duration.ofSeconds(11));
    int due = exportDue();

    assertThat(reply.plainText()).contains("(next try in 30 s)");
    assertThat(early).isZero();
    assertThat(due).isEqualTo(2);
    assertThat(github.issues).hasSize(2);
  }

  @Test
  void withoutATargetItSaysWhichAreSetUp() {
    assertThat(fixture.run("action export").plainText())
        .isEqualTo("Say where with `--to`: trackers set up: github, jira.");
    assertThat(fixture.run("action export --to gitlab").plainText())
        .isEqualTo(
            "GitLab (gitlab) is not set up in this bot's configuration; trackers set up: github,"
                + " jira.");
    assertThat(fixture.run("action export --to confluence").plainText())
        .startsWith("confluence is a wiki: action items go to an issue tracker");
    assertThat(fixture.run("action export --to trello").plainText())
        .startsWith(
            "Export to an issue tracker (github, gitlab, jira) or a wiki (confluence, notion,"
                + " github-wiki, gitlab-wiki), not 'trello'.");
    assertThat(github.calls).isEmpty();
  }

  @Test
  void anIncidentWithoutItemsHasNothingToExport() {
    BotFixture empty =
        new BotFixture(
            "2026-03-12T14:40:00Z",
            CoreSettings.defaults(),
            new ExportClients().tracker(ExportTarget.GITHUB, github));
    empty.run("declare quiet one");

    assertThat(empty.run("action export").plainText())
        .isEqualTo(
            "AI-IR-2026-001 has no action items to export yet: `/incident action add <P0|P1|P2>"
                + " <text>` first.");
  }

  @Test
  void actionListAndStatusShowTheIssues() {
    fixture.run("action export --to github");

    assertThat(fixture.run("action list").plainText())
        .contains("1. [P0] detect poisoned samples (owner @lee) - GitHub acme/ml#1")
        .contains("2. [P2] document the rollback - GitHub acme/ml#2");
    assertThat(fixture.run("status").plainText())
        .contains("Action items: 0 of 2 done; GitHub acme/ml#1 open, GitHub acme/ml#2 open");
  }

  private int exportDue() {
    return new ExportDispatcher(fixture.core, dev.aiir.commands.model.Backoff.standard())
        .exportDue();
  }

  private java.util.List<String> jobs() {
    return ((InMemoryIncidentStore) fixture.store).exportJobs();
  }

  private java.util.List<String> texts() {
    return fixture.timeline("AI-IR-2026-001").stream().map(TimelineEntry::text).toList();
  }
}
