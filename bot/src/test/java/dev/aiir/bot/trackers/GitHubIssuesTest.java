package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.TrackerClient.IssueRef;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GitHub client against a local GitHub: the requests as GitHub documents them. */
class GitHubIssuesTest {
  private final FakeGitHub github = new FakeGitHub(TOKEN);
  private final GitHubIssues client = client(TOKEN);

  private GitHubIssues client(String token) {
    var settings = Samples.settings(ExportTarget.GITHUB, github.url(), FakeGitHub.REPO);
    if (!token.equals(TOKEN)) {
      settings =
          new dev.aiir.bot.config.ExportTargetSettings(
              settings.target(),
              settings.url(),
              new dev.aiir.bot.config.Secret(token, "env AIIR_TEST_TOKEN"),
              settings.user(),
              settings.project(),
              settings.parent(),
              settings.issueType(),
              settings.labels(),
              settings.priorityLabels(),
              settings.users(),
              settings.webhookSecret(),
              settings.path(),
              settings.branch());
    }
    return (GitHubIssues)
        new Trackers(Map.of(ExportTarget.GITHUB, settings)).checks().get(ExportTarget.GITHUB);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void anIssueIsCreatedWithItsLabelsAssigneeAndEscapedBody() {
    IssueRef ref = client.create(Samples.issue(false));

    var post = github.writes().get(0);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo("/repos/acme/ml-platform/issues");
    assertThat(post.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(post.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
    assertThat(post.header("Accept")).isEqualTo("application/vnd.github+json");
    JsonNode body = post.json();
    assertThat(body.path("title").asText()).isEqualTo("AI-IR-2026-001: " + Samples.HOSTILE);
    assertThat(body.path("labels").toString())
        .isEqualTo("[\"priority: P0\",\"AI-IR-2026-001\",\"incident-follow-up\"]");
    assertThat(body.path("assignees").toString()).isEqualTo("[\"lee-gh\"]");
    String markdown = body.path("body").asText();
    assertThat(markdown)
        .startsWith(
            "\\/close &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\_it\\_"
                + " \\[x\\](javascript:alert(1)) @\u200Bchannel @\u200Bhere &lt;\\!channel&gt;"
                + " #\u200B12 \\[\\~admin\\] \\{code\\}x\\{code\\}")
        .contains("- Priority: P0\n- Owner in chat: @\u200Blee\n")
        .contains("[The incident's channel](https://slack.com/app_redirect?team=T1&channel=C1)")
        .endsWith("<!-- aiir:slack:T1/AI-IR-2026-001/1 -->\n");
    assertThat(ref)
        .isEqualTo(
            new IssueRef("acme/ml-platform#1", "https://github.com/acme/ml-platform/issues/1"));
  }

  @Test
  void anIssueIsFoundByItsIncidentsLabelAndMarker() {
    client.create(Samples.issue(false));

    assertThat(client.find(Samples.issue(false))).map(IssueRef::key).contains("acme/ml-platform#1");
    var list = github.requests().get(github.requests().size() - 1);
    assertThat(list.path()).isEqualTo("/repos/acme/ml-platform/issues");
    assertThat(list.query())
        .containsEntry("labels", "AI-IR-2026-001")
        .containsEntry("state", "all")
        .containsEntry("per_page", "100");
  }

  @Test
  void anUpdateEditsTitleAndBodyAndClosesADoneItemButLeavesLabelsAlone() {
    client.create(Samples.issue(false));

    client.update("acme/ml-platform#1", Samples.issue(true));

    var patch = github.writes().get(1);
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(patch.path()).isEqualTo("/repos/acme/ml-platform/issues/1");
    assertThat(patch.json().path("state").asText()).isEqualTo("closed");
    assertThat(patch.json().path("state_reason").asText()).isEqualTo("completed");
    assertThat(patch.json().has("labels")).isFalse();
    assertThat(patch.json().has("assignees")).isFalse();
  }

  @Test
  void aWrongTokenIsUnauthorizedNamingWhereItCameFromNeverItsValue() {
    GitHubIssues wrong = client("tok-wrong");

    assertThatThrownBy(() -> wrong.create(Samples.issue(false)))
        .isInstanceOfSatisfying(
            ExportFailure.class,
            f -> assertThat(f.kind()).isEqualTo(ExportFailure.Kind.UNAUTHORIZED))
        .hasMessage(
            "GitHub answered 401 Unauthorized: the credential (env AIIR_TEST_TOKEN) was not"
                + " accepted; check it, or make a new one.")
        .hasMessageNotContaining("tok-wrong");
  }

  @Test
  void rateLimitsCarryTheirRetryAfterAndFailuresTheirKind() {
    github.failNext(429, Map.of("Retry-After", "7"), Map.of("message", "slow down"));
    github.failNext(
        403,
        Map.of("x-ratelimit-remaining", "0", "Retry-After", "60"),
        Map.of("message", "API rate limit exceeded"));
    github.failNext(403, Map.of(), Map.of("message", "Resource not accessible by integration"));
    github.failNext(404, Map.of(), Map.of("message", "Not Found"));
    github.failNext(
        422,
        Map.of(),
        Map.of(
            "message",
            "Validation Failed",
            "errors",
            new Object[] {Map.of("field", "title", "code", "missing")}));
    github.failNext(502, Map.of(), Map.of("message", "Server Error"));

    assertThat(failure())
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(ExportFailure.Kind.RATE_LIMITED);
              assertThat(f.retryAfter()).contains(Duration.ofSeconds(7));
            });
    assertThat(failure().retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(failure())
        .hasMessage(
            "GitHub answered 403 Forbidden to POST /repos/acme/ml-platform/issues: the credential"
                + " (env AIIR_TEST_TOKEN) may not do this (GitHub says: Resource not accessible by"
                + " integration).");
    assertThat(failure())
        .hasMessage(
            "GitHub answered 404 Not Found: the repository acme/ml-platform does not exist, or the"
                + " credential (env AIIR_TEST_TOKEN) cannot see it.");
    assertThat(failure().kind()).isEqualTo(ExportFailure.Kind.REJECTED);
    assertThat(failure().kind()).isEqualTo(ExportFailure.Kind.TARGET_ERROR);
  }

  @Test
  void aTrackerThatIsDownIsUnreachable() {
    github.close();

    assertThat(failure().kind()).isEqualTo(ExportFailure.Kind.UNREACHABLE);
  }

  @Test
  void theCheckReadsTheRepositoryAndItsPermissions() {
    assertThat(client.check().ok()).isTrue();
    github.push = false;
    assertThat(client.check().detail()).contains("may read but not triage");
    assertThat(github.writes()).isEmpty();
  }

  private ExportFailure failure() {
    try {
      client.create(Samples.issue(false));
    } catch (ExportFailure f) {
      return f;
    }
    throw new AssertionError("no failure");
  }
}
