package dev.aiir.bot.trackers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.slack.FakeSlack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar exporting to each target, as an operator runs it: a configuration file whose
 * exports point at a local fake of the vendor, the token in an environment variable, commands on
 * the console (or {@code aiir export --to}, {@code aiir check-config}, and {@code serve} for a
 * tracker's webhook). Each export is created once and updated after, and the token is never in the
 * output or the log.
 */
class ExportsJarIT {
  private static final String TOKEN = "tok-jar-0b7e41d2";
  private static final String HOOK = "hook-jar-55aa";
  private static final String HOSTILE =
      "watch <!channel> **now** [x](javascript:alert(1)) <b>hi</b>";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  @Test
  void gitHubIssuesAreCreatedOnceThenUpdated() throws Exception {
    try (FakeGitHub github = new FakeGitHub(TOKEN)) {
      config(
          """
          exports:
            github:
              url: %s
              token_env: AIIR_TEST_TOKEN
              repo: acme/ml-platform
              users: {lee: lee-gh}
          """
              .formatted(github.url()));

      Run first =
          console(
              "/incident declare drift in embeddings --sev 2",
              "/incident action add P0 " + HOSTILE + " --owner @lee",
              "/incident action add P1 add a canary eval",
              "/incident action export --to github");
      Run second = console("/incident action export --id AI-IR-2026-001", "/incident status");

      assertThat(first.out())
          .contains("AI-IR-2026-001: 2 of 2 action items exported to GitHub")
          .contains("-> acme/ml-platform#1 (created) https://github.com/acme/ml-platform/issues/1");
      assertThat(second.out())
          .contains("acme/ml-platform#1 (updated)")
          .contains("acme/ml-platform#2 (updated)")
          .contains(
              "Action items: 0 of 2 done; GitHub acme/ml-platform#1 open, GitHub"
                  + " acme/ml-platform#2 open");
      assertThat(github.writes())
          .extracting(r -> r.method())
          .containsExactly("POST", "POST", "PATCH", "PATCH");
      var created = github.writes().get(0).json();
      assertThat(created.path("assignees").toString()).isEqualTo("[\"lee-gh\"]");
      assertThat(created.path("body").asText())
          .contains("watch &lt;\\!channel&gt; \\*\\*now\\*\\* \\[x\\](javascript:alert(1))");
      assertNoSecretIn(first, second);
    }
  }

  @Test
  void jiraIssuesGetAnAdfDescription() throws Exception {
    try (FakeJira jira = new FakeJira(TOKEN)) {
      config(
          """
          exports:
            jira:
              url: %s
              email: %s
              token_env: AIIR_TEST_TOKEN
              project: OPS
          """
              .formatted(jira.url(), FakeJira.EMAIL));

      Run run =
          console(
              "/incident declare drift in embeddings",
              "/incident action add P0 " + HOSTILE,
              "/incident action export");

      assertThat(run.out()).contains("-> OPS-1 (created) " + jira.url() + "/browse/OPS-1");
      var fields = jira.writes().get(0).json().path("fields");
      assertThat(fields.path("description").at("/content/0/content/0/text").asText())
          .isEqualTo(HOSTILE);
      assertThat(fields.path("labels").toString()).isEqualTo("[\"P0\",\"AI-IR-2026-001\"]");
      assertNoSecretIn(run);
    }
  }

  @Test
  void gitLabIssuesAreCreatedInTheProject() throws Exception {
    try (FakeGitLab gitlab = new FakeGitLab(TOKEN)) {
      config(
          """
          exports:
            gitlab:
              url: %s
              token_env: AIIR_TEST_TOKEN
              project: ml/platform
          """
              .formatted(gitlab.url()));

      Run run =
          console(
              "/incident declare drift in embeddings",
              "/incident action add P2 /close this and /assign @me",
              "/incident action export --to gitlab");

      assertThat(run.out()).contains("-> ml/platform#1 (created)");
      assertThat(gitlab.writes().get(0).path()).isEqualTo("/api/v4/projects/ml%2Fplatform/issues");
      assertThat(gitlab.writes().get(0).json().path("description").asText())
          .startsWith("\\/close this and /assign @\u200Bme");
      assertNoSecretIn(run);
    }
  }

  @Test
  void confluencePagesArePublishedThenUpdatedInPlace() throws Exception {
    try (FakeConfluence confluence = new FakeConfluence(TOKEN)) {
      config(
          """
          exports:
            confluence:
              url: %s/wiki
              email: %s
              token_env: AIIR_TEST_TOKEN
              space: OPS
          """
              .formatted(confluence.url(), FakeJira.EMAIL));

      Run first =
          console(
              "/incident declare drift in embeddings",
              "/incident rootcause " + HOSTILE,
              "/incident pir publish --to confluence");
      Run second = console("/incident pir publish --id AI-IR-2026-001");

      assertThat(first.out())
          .contains("AI-IR-2026-001: PIR published to Confluence")
          .contains(confluence.url() + "/wiki/spaces/OPS/pages/65537");
      assertThat(second.out()).contains("AI-IR-2026-001: PIR updated in Confluence");
      assertThat(confluence.writes()).extracting(r -> r.method()).containsExactly("POST", "PUT");
      assertThat(confluence.writes().get(1).json().at("/version/number").asInt()).isEqualTo(2);
      assertThat(confluence.storage("65537"))
          .contains("<h2>Root Cause</h2><p>watch &lt;!channel&gt; **now**")
          .contains("&lt;b&gt;hi&lt;/b&gt;");
      assertNoSecretIn(first, second);
    }
  }

  @Test
  void notionPagesArePublishedUnderTheParent() throws Exception {
    try (FakeNotion notion = new FakeNotion(TOKEN)) {
      config(
          """
          exports:
            notion:
              url: %s
              token_env: AIIR_TEST_TOKEN
              parent: %s
          """
              .formatted(notion.url(), FakeNotion.PARENT));

      Run run = console("/incident declare drift in embeddings", "/incident pir publish");

      assertThat(run.out()).contains("AI-IR-2026-001: PIR published to Notion");
      assertThat(notion.texts(notion.onlyPage())).contains("heading_2: Incident Summary");
      assertNoSecretIn(run);
    }
  }

  @Test
  void gitLabWikiPagesArePublishedThenUpdated() throws Exception {
    try (FakeGitLab gitlab = new FakeGitLab(TOKEN)) {
      config(
          """
          exports:
            gitlab-wiki:
              url: %s
              token_env: AIIR_TEST_TOKEN
              project: ml/platform
              path: reviews
          """
              .formatted(gitlab.url()));

      Run first = console("/incident declare drift in embeddings", "/incident pir publish");
      Run second = console("/incident pir publish --id AI-IR-2026-001 --to gitlab-wiki");

      assertThat(first.out())
          .contains(gitlab.url() + "/ml/platform/-/wikis/reviews/AI-IR-2026-001");
      assertThat(second.out()).contains("PIR updated in GitLab wiki");
      assertThat(gitlab.writes()).extracting(r -> r.method()).containsExactly("POST", "PUT");
      assertNoSecretIn(first, second);
    }
  }

  @Test
  void theExportSubcommandPublishesToARepositoryFile() throws Exception {
    try (FakeGitHub github = new FakeGitHub(TOKEN)) {
      config(
          """
          exports:
            github-wiki:
              url: %s
              token_env: AIIR_TEST_TOKEN
              repo: acme/ml-platform
          """
              .formatted(github.url()));
      console("/incident declare drift in embeddings", "/incident resolve");

      Run run = jar(List.of(), "", "export", "AI-IR-2026-001", "--to", "github-wiki");
      Run tracker = jar(List.of(), "", "export", "AI-IR-2026-001", "--to", "jira");

      assertThat(run.exit()).isZero();
      assertThat(run.out())
          .isEqualTo(
              "AI-IR-2026-001: PIR published to GitHub\n"
                  + "https://github.com/acme/ml-platform/blob/main/pir/AI-IR-2026-001.md\n");
      assertThat(github.text("pir/AI-IR-2026-001.md"))
          .startsWith("# AI-IR-2026-001 Post-Incident Review: drift in embeddings\n");
      assertThat(tracker.exit()).isEqualTo(2);
      assertThat(tracker.err())
          .contains(
              "aiir: Jira (jira) is not set up in this bot's configuration; no issue tracker");
      assertNoSecretIn(run);
    }
  }

  @Test
  void checkConfigReportsEachTargetAndFailsWhenAnyFails() throws Exception {
    try (FakeGitHub github = new FakeGitHub(TOKEN);
        FakeJira jira = new FakeJira("another-token")) {
      config(
          """
          exports:
            github:
              url: %s
              token_env: AIIR_TEST_TOKEN
              repo: acme/ml-platform
              webhook_secret_env: AIIR_TEST_HOOK
            jira:
              url: %s
              email: %s
              token_env: AIIR_TEST_TOKEN
              project: OPS
          """
              .formatted(github.url(), jira.url(), FakeJira.EMAIL));

      Run run = jar(List.of(), "", "check-config");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "github       ok   acme/ml-platform: reachable; the token may create and label"
                  + " issues (webhook: POST /exports/github/webhook)")
          .contains(
              "jira         FAIL Jira answered 401 Unauthorized: the credential (env"
                  + " AIIR_TEST_TOKEN) was not accepted")
          .contains("aiir: 1 of 2 export targets failed");
      assertThat(github.writes()).isEmpty();
      assertThat(jira.writes()).isEmpty();
      assertNoSecretIn(run);
    }
  }

  @Test
  void aTrackerThatIsDownIsToldPlainlyAndTheExportWaitsInTheOutbox() throws Exception {
    int closed = freePort();
    config(
        """
        exports:
          github:
            url: http://127.0.0.1:%d
            token_env: AIIR_TEST_TOKEN
            repo: acme/ml-platform
        """
            .formatted(closed));

    Run run =
        console(
            "/incident declare drift in embeddings",
            "/incident action add P0 fix it",
            "/incident action export");

    assertThat(run.out())
        .contains(
            "(only you) GitHub could not take the export now: GitHub is not reachable at"
                + " http://127.0.0.1:"
                + closed
                + " (connection refused). aiir keeps trying in the background");
    assertThat(run.err()).doesNotContain("Exception in thread");
  }

  @Test
  void aClosedGitHubIssueClosesItsItemThroughTheServedWebhook() throws Exception {
    int port = freePort();
    try (FakeGitHub github = new FakeGitHub(TOKEN);
        FakeSlack slack = new FakeSlack()) {
      config(
          """
          exports:
            github:
              url: %s
              token_env: AIIR_TEST_TOKEN
              repo: acme/ml-platform
              webhook_secret_env: AIIR_TEST_HOOK
          """
              .formatted(github.url()));
      console(
          "/incident declare drift in embeddings",
          "/incident action add P0 fix it",
          "/incident action export");

      Process serve =
          start(
              List.of(
                  "SLACK_BOT_TOKEN=xoxb-jar-test",
                  "SLACK_SIGNING_SECRET=jar-signing-secret",
                  "SLACK_API_URL=" + slack.apiUrl(),
                  "PORT=" + port),
              "serve");
      HttpResponse<String> closedAnswer;
      HttpResponse<String> unsigned;
      try {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> healthy(http, port));
        String body =
            "{\"action\":\"closed\",\"issue\":{\"number\":1,\"state\":\"closed\"},"
                + "\"repository\":{\"full_name\":\"acme/ml-platform\"},\"sender\":{\"login\":\"lee-gh\"}}";
        unsigned = webhook(http, port, body, "sha256=00");
        closedAnswer = webhook(http, port, body, sign(body));
      } finally {
        serve.destroy();
        if (!serve.waitFor(30, TimeUnit.SECONDS)) {
          serve.destroyForcibly();
        }
      }
      Run status = console("/incident status --id AI-IR-2026-001");

      assertThat(unsigned.statusCode()).isEqualTo(401);
      assertThat(closedAnswer.statusCode()).isEqualTo(200);
      assertThat(closedAnswer.body()).isEqualTo("{\"status\":\"applied\"}");
      assertThat(status.out())
          .contains("Action items: 1 of 1 done; GitHub acme/ml-platform#1 closed");
      String log = Files.readString(dir.resolve("serve.err"), StandardCharsets.UTF_8);
      assertThat(log).contains("GitHub webhook taken at POST /exports/github/webhook");
      assertThat(log).doesNotContain(TOKEN).doesNotContain(HOOK);
    }
  }

  private void config(String yaml) throws IOException {
    Files.writeString(dir.resolve("aiir.yml"), yaml);
  }

  private Run console(String... lines) throws Exception {
    return jar(List.of(), String.join("\n", lines) + "\n", "console");
  }

  private Run jar(List<String> env, String input, String... args) throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, input);
    Process process = builder(env, args).redirectInput(in.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private Process start(List<String> env, String... args) throws IOException {
    ProcessBuilder builder = builder(env, args);
    builder.redirectOutput(dir.resolve("serve.out").toFile());
    builder.redirectError(dir.resolve("serve.err").toFile());
    return builder.start();
  }

  private ProcessBuilder builder(List<String> env, String... args) {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Path.of("target", "aiir-bot.jar").toAbsolutePath().toString());
    builder.command().addAll(List.of(args));
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AIIR_") || k.startsWith("DISCORD_"));
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
    vars.put("AIIR_CONFIG", dir.resolve("aiir.yml").toString());
    vars.put("AIIR_TEST_TOKEN", TOKEN);
    vars.put("AIIR_TEST_HOOK", HOOK);
    for (String pair : env) {
      int eq = pair.indexOf('=');
      vars.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    builder.environment().putAll(vars);
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    return builder;
  }

  private void assertNoSecretIn(Run... runs) {
    for (Run run : runs) {
      assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }
  }

  private static boolean healthy(HttpClient http, int port) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private static HttpResponse<String> webhook(
      HttpClient http, int port, String body, String signature) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports/github/webhook"))
            .timeout(Duration.ofSeconds(10))
            .header("X-GitHub-Event", "issues")
            .header("X-Hub-Signature-256", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(HOOK.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
