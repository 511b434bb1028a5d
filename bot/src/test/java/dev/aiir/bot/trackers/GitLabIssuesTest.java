package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.TrackerClient.IssueRef;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GitLab client against a local GitLab: issues under the encoded project path. */
class GitLabIssuesTest {
  private final FakeGitLab gitlab = new FakeGitLab(TOKEN);
  private final GitLabIssues client =
      (GitLabIssues)
          new Trackers(
                  Map.of(
                      ExportTarget.GITLAB,
                      Samples.settings(ExportTarget.GITLAB, gitlab.url(), FakeGitLab.PROJECT)))
              .checks()
              .get(ExportTarget.GITLAB);

  @AfterEach
  void stop() {
    gitlab.close();
  }

  @Test
  void anIssueIsCreatedWithCommaSeparatedLabelsAnAssigneeIdAndNoQuickAction() {
    IssueRef ref = client.create(Samples.issue(false));

    var post = gitlab.writes().get(0);
    assertThat(post.path()).isEqualTo("/api/v4/projects/ml%2Fplatform/issues");
    assertThat(post.header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
    JsonNode body = post.json();
    assertThat(body.path("labels").asText())
        .isEqualTo("priority: P0,AI-IR-2026-001,incident-follow-up");
    assertThat(body.path("assignee_ids").toString()).isEqualTo("[7]");
    String description = body.path("description").asText();
    assertThat(description).doesNotStartWith("/close").startsWith("\\/close");
    assertThat(description.lines()).noneMatch(line -> line.startsWith("/"));
    assertThat(ref.key()).isEqualTo("ml/platform#1");
    assertThat(ref.url()).isEqualTo("https://gitlab.example.com/ml/platform/-/issues/1");
  }

  @Test
  void aDoneItemClosesItsIssueAndItIsFoundByLabelAndMarker() {
    client.create(Samples.issue(false));

    assertThat(client.find(Samples.issue(false))).map(IssueRef::key).contains("ml/platform#1");
    client.update("ml/platform#1", Samples.issue(true));

    var put = gitlab.writes().get(1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/api/v4/projects/ml%2Fplatform/issues/1");
    assertThat(put.json().path("state_event").asText()).isEqualTo("close");
    assertThat(gitlab.issues.get(1).path("state").asText()).isEqualTo("closed");
  }

  @Test
  void theCheckReadsTheProjectsAccessLevel() {
    assertThat(client.check().ok()).isTrue();
    assertThat(gitlab.writes()).isEmpty();
  }
}
