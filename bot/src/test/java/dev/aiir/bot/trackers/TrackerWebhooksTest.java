package dev.aiir.bot.trackers;

import static dev.aiir.bot.trackers.Samples.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.testing.BotFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trackers' webhooks: a closed or reopened issue aiir exported closes or reopens its action
 * item; a request without the tracker's proof is refused and changes nothing.
 */
class TrackerWebhooksTest {
  private static final String SECRET = "hook-secret";
  private final FakeGitHub github = new FakeGitHub(TOKEN);
  private final FakeJira jira = new FakeJira(TOKEN);
  private final FakeGitLab gitlab = new FakeGitLab(TOKEN);
  private final Map<ExportTarget, ExportTargetSettings> targets =
      Map.of(
          ExportTarget.GITHUB,
          Samples.settings(ExportTarget.GITHUB, github.url(), FakeGitHub.REPO),
          ExportTarget.JIRA,
          Samples.settings(ExportTarget.JIRA, jira.url(), "OPS", Optional.of(FakeJira.EMAIL)),
          ExportTarget.GITLAB,
          Samples.settings(ExportTarget.GITLAB, gitlab.url(), FakeGitLab.PROJECT));
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:40:00Z", CoreSettings.defaults(), new Trackers(targets).exportClients());
  private final HttpServer http = new HttpServer();
  private final HttpClient client = HttpClient.newHttpClient();
  private int port;

  @BeforeEach
  void exportAnItemEverywhere() throws Exception {
    TrackerWebhooks.serve(http, targets, fixture.bot, Clock.systemUTC());
    port = http.start("127.0.0.1", 0);
    fixture.run("declare drift in embeddings");
    fixture.run("action add P0 detect poisoned samples");
    fixture.run("action export --to github");
  }

  @AfterEach
  void stop() throws Exception {
    http.close();
    github.close();
    jira.close();
    gitlab.close();
  }

  @Test
  void aSignedGitHubCloseTicksTheItemOffAndReopenOpensItAgain() throws Exception {
    String closed = github("closed");

    HttpResponse<String> first =
        post(
            "github",
            closed,
            Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign(closed)));
    HttpResponse<String> again =
        post(
            "github",
            closed,
            Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign(closed)));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("{\"status\":\"applied\"}");
    assertThat(again.body()).isEqualTo("{\"status\":\"unchanged\"}");
    assertThat(fixture.run("status").plainText())
        .contains("Action items: 1 of 1 done; GitHub acme/ml-platform#1 closed");

    String reopened = github("reopened");
    post(
        "github",
        reopened,
        Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign(reopened)));
    assertThat(fixture.run("status").plainText()).contains("Action items: 0 of 1 done");
  }

  @Test
  void aGitHubRequestWithoutAValidSignatureIsRefusedAndChangesNothing() throws Exception {
    String closed = github("closed");

    List<HttpResponse<String>> refused =
        List.of(
            post("github", closed, Map.of("X-GitHub-Event", "issues")),
            post(
                "github",
                closed,
                Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", "sha256=00")),
            post(
                "github",
                closed,
                Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign(closed + " "))));

    assertThat(refused).allMatch(r -> r.statusCode() == 401);
    assertThat(refused.get(0).body()).isEqualTo("{\"status\":\"unauthorized\"}");
    assertThat(fixture.run("status").plainText()).contains("Action items: 0 of 1 done");
  }

  @Test
  void pingsOtherEventsAndUnknownIssuesChangeNothing() throws Exception {
    String ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
    String other = github("closed").replace("\"number\":1", "\"number\":77");

    assertThat(
            post(
                    "github",
                    ping,
                    Map.of("X-GitHub-Event", "ping", "X-Hub-Signature-256", sign(ping)))
                .body())
        .isEqualTo("{\"status\":\"ignored\"}");
    HttpResponse<String> unknown =
        post(
            "github",
            other,
            Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign(other)));
    assertThat(unknown.statusCode()).isEqualTo(202);
    assertThat(unknown.body()).isEqualTo("{\"status\":\"unknown issue\"}");
    HttpResponse<String> notJson =
        post(
            "github",
            "nope",
            Map.of("X-GitHub-Event", "issues", "X-Hub-Signature-256", sign("nope")));
    assertThat(notJson.statusCode()).isEqualTo(400);
  }

  @Test
  void gitLabsTokenHeaderProvesItsIssueHook() throws Exception {
    fixture.run("action export --to gitlab");
    String body =
        "{\"object_kind\":\"issue\",\"event_type\":\"issue\",\"user\":{\"username\":\"lee\"},"
            + "\"project\":{\"id\":42,\"path_with_namespace\":\"ml/platform\"},"
            + "\"object_attributes\":{\"iid\":1,\"action\":\"close\",\"state\":\"closed\"}}";

    assertThat(
            post("gitlab", body, Map.of("X-Gitlab-Event", "Issue Hook", "X-Gitlab-Token", "wrong"))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            post("gitlab", body, Map.of("X-Gitlab-Event", "Issue Hook", "X-Gitlab-Token", SECRET))
                .body())
        .isEqualTo("{\"status\":\"applied\"}");
    assertThat(fixture.run("action list").plainText())
        .contains("[done]")
        .contains("GitLab ml/platform#1 (closed)");
  }

  @Test
  void jirasSecretProvesItsWebhookAsASignatureOrAQueryParameter() throws Exception {
    fixture.run("action export --to jira");
    String done = jira("Done", "done");
    String todo = jira("To Do", "new");

    assertThat(post("jira", done, Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("jira?secret=wrong", done, Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("jira", done, Map.of("X-Hub-Signature", sign(done))).body())
        .isEqualTo("{\"status\":\"applied\"}");
    assertThat(post("jira?secret=" + SECRET, todo, Map.of()).body())
        .isEqualTo("{\"status\":\"applied\"}");
    assertThat(fixture.run("action list").plainText()).doesNotContain("[done]");
  }

  private static String github(String action) {
    return "{\"action\":\""
        + action
        + "\",\"issue\":{\"number\":1,\"state\":\""
        + (action.equals("closed") ? "closed" : "open")
        + "\",\"state_reason\":\"completed\"},\"repository\":{\"full_name\":\"acme/ml-platform\"},"
        + "\"sender\":{\"login\":\"lee-gh\"}}";
  }

  private static String jira(String status, String category) {
    return "{\"webhookEvent\":\"jira:issue_updated\",\"issue_event_type_name\":\"issue_generic\","
        + "\"user\":{\"displayName\":\"Lee\"},\"issue\":{\"key\":\"OPS-1\",\"fields\":{\"status\":"
        + "{\"name\":\""
        + status
        + "\",\"statusCategory\":{\"key\":\""
        + category
        + "\"}}}},\"changelog\":{\"items\":[{\"field\":\"status\",\"toString\":\""
        + status
        + "\"}]}}";
  }

  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(String tracker, String body, Map<String, String> headers)
      throws Exception {
    String path = tracker.contains("?") ? tracker.replace("?", "/webhook?") : tracker + "/webhook";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports/" + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
