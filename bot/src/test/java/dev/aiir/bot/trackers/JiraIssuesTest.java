package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.TrackerClient.IssueRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Jira client against a local Jira Cloud: REST API v3 with ADF descriptions. */
class JiraIssuesTest {
  private final FakeJira jira = new FakeJira(TOKEN);
  private final JiraIssues client =
      (JiraIssues)
          new Trackers(
                  Map.of(
                      ExportTarget.JIRA,
                      Samples.settings(
                          ExportTarget.JIRA, jira.url(), "OPS", Optional.of(FakeJira.EMAIL))))
              .checks()
              .get(ExportTarget.JIRA);

  @AfterEach
  void stop() {
    jira.close();
  }

  @Test
  void anIssueIsCreatedInTheProjectWithAnAdfDescriptionOfLiteralText() {
    IssueRef ref = client.create(Samples.issue(false));

    var post = jira.writes().get(0);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo("/rest/api/3/issue");
    assertThat(post.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (FakeJira.EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    JsonNode fields = post.json().path("fields");
    assertThat(fields.path("project").path("key").asText()).isEqualTo("OPS");
    assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Task");
    assertThat(fields.path("summary").asText()).isEqualTo("AI-IR-2026-001: " + Samples.HOSTILE);
    assertThat(fields.path("labels").toString())
        .isEqualTo("[\"priority:-P0\",\"AI-IR-2026-001\",\"incident-follow-up\"]");
    assertThat(fields.path("assignee").path("accountId").asText()).isEqualTo("lee-gh");
    JsonNode description = fields.path("description");
    assertThat(description.path("type").asText()).isEqualTo("doc");
    assertThat(description.path("version").asInt()).isEqualTo(1);
    JsonNode first = description.path("content").path(0);
    assertThat(first.path("type").asText()).isEqualTo("paragraph");
    assertThat(first.path("content").path(0).path("type").asText()).isEqualTo("text");
    assertThat(first.path("content").path(0).path("text").asText()).isEqualTo(Samples.HOSTILE);
    assertThat(first.path("content").path(0).has("marks")).isFalse();
    assertThat(description.path("content").path(1).path("type").asText()).isEqualTo("bulletList");
    assertThat(description.toString()).doesNotContain("\"mention\"");
    JsonNode link = description.path("content").path(2).path("content").path(0);
    assertThat(link.path("marks").path(0).path("attrs").path("href").asText())
        .isEqualTo("https://slack.com/app_redirect?team=T1&channel=C1");
    assertThat(ref).isEqualTo(new IssueRef("OPS-1", jira.url() + "/browse/OPS-1"));
  }

  @Test
  void anIssueIsFoundWithJqlOnItsIncidentsLabelAndUpdatedByKey() {
    client.create(Samples.issue(false));

    assertThat(client.find(Samples.issue(false))).map(IssueRef::key).contains("OPS-1");
    var search = jira.requests().get(jira.requests().size() - 1);
    assertThat(search.path()).isEqualTo("/rest/api/3/search/jql");
    assertThat(search.query().get("jql"))
        .isEqualTo("project = \"OPS\" AND labels = \"AI-IR-2026-001\" ORDER BY created ASC");
    assertThat(search.query().get("fields")).isEqualTo("summary,description");

    client.update("OPS-1", Samples.issue(true));
    var put = jira.writes().get(1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/rest/api/3/issue/OPS-1");
    assertThat(put.json().path("fields").has("labels")).isFalse();
    assertThat(put.json().path("fields").path("summary").asText()).startsWith("AI-IR-2026-001: ");
  }

  @Test
  void aMissingIssueIsNotFound() {
    assertThatThrownBy(() -> client.update("OPS-99", Samples.issue(false)))
        .isInstanceOfSatisfying(
            ExportFailure.class, f -> assertThat(f.kind()).isEqualTo(ExportFailure.Kind.NOT_FOUND));
  }

  @Test
  void theCheckAsksWhoAmITheProjectAndThePermissions() {
    assertThat(client.check().detail())
        .isEqualTo("OPS (Operations): reachable as aiir bot, who may create and edit issues");
    jira.mayCreate = false;
    assertThat(client.check().ok()).isFalse();
    assertThat(jira.requests())
        .extracting(r -> r.path())
        .contains("/rest/api/3/myself", "/rest/api/3/project/OPS", "/rest/api/3/mypermissions");
    assertThat(jira.writes()).isEmpty();
  }
}
