package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's whole log (standard error and output) through scenarios that succeed, fail and
 * are refused, searched for the bot token, the app token, the signing secret, a database password a
 * Prometheus token and the alerts' token: none of them appears there, nor in anything the fake
 * Slack received.
 */
class SecretsNeverLoggedIT {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final String botToken = "xoxb-" + UUID.randomUUID();
  private final String appToken = "xapp-" + UUID.randomUUID();
  private final String secret = "signing-" + UUID.randomUUID();
  private final String dbPassword = "pw-" + UUID.randomUUID();
  private final String pageToken = "page-" + UUID.randomUUID();
  private final String prometheusToken = "prom-" + UUID.randomUUID();
  private final String alertsToken = "alerts-" + UUID.randomUUID();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void httpModeWithCommandsARateLimitForgeriesAndStaleRequestsLogsNoSecret() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.rateLimit("conversations.history", 1, 1);
      int port = freePort();
      Map<String, String> env = new HashMap<>();
      env.put("SLACK_BOT_TOKEN", botToken);
      env.put("SLACK_SIGNING_SECRET", secret);
      env.put("SLACK_API_URL", slack.apiUrl());
      env.put("PORT", Integer.toString(port));
      env.put("AIIR_PAGE_TOKEN", pageToken);
      // Nobody listens there: the metric gate's queries fail, and say so in the log.
      env.put("AIIR_PROMETHEUS_URL", "http://127.0.0.1:" + freePort());
      env.put("AIIR_PROMETHEUS_TOKEN", prometheusToken);
      env.put("AIIR_ALERTS_CHANNEL", "slack:" + FakeSlack.TEAM + "/CALERTS");
      env.put("AIIR_ALERTS_TOKEN", alertsToken);
      Process process = start("http", env);
      await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));
      long now = System.currentTimeMillis() / 1000;

      assertThat(post(port, command(slack, "declare Leaky logs --sev 2"), now, secret))
          .isEqualTo(200);
      assertThat(post(port, command(slack, "log token rotated"), now, secret)).isEqualTo(200);
      assertThat(post(port, command(slack, "sev banana"), now, secret)).isEqualTo(200);
      assertThat(post(port, command(slack, "rollout start"), now, secret)).isEqualTo(200);
      assertThat(post(port, command(slack, "gate add canary up == 1"), now, secret)).isEqualTo(200);
      assertThat(post(port, command(slack, "rollout check"), now, secret)).isEqualTo(200);
      assertThat(post(port, command(slack, "log forged"), now, "not-the-secret")).isEqualTo(401);
      assertThat(post(port, command(slack, "log stale"), now - 3600, secret)).isEqualTo(401);
      assertThat(post(port, command(slack, "pir draft"), now, secret)).isEqualTo(200);
      assertThat(alert(port, "Bearer " + alertsToken)).isEqualTo(200);
      assertThat(alert(port, "Bearer not-" + alertsToken)).isEqualTo(401);
      assertThat(alert(port, alertsToken)).isEqualTo(401);
      assertThat(page(port, "/incidents", "Bearer " + pageToken)).isEqualTo(200);
      assertThat(page(port, "/incidents?token=" + pageToken, null)).isEqualTo(303);
      assertThat(page(port, "/incidents", "Bearer not-" + pageToken)).isEqualTo(401);
      await().atMost(BOUND).until(() -> slack.responses().size() >= 2);
      stop(process);

      assertNoSecretIn(log("http"));
      assertThat(log("http")).contains("metric query failed: Prometheus could not be reached");
      assertNoSecretIn(slack.calls().toString() + slack.responses());
    }
  }

  @Test
  void socketModeServingACommandLogsNoToken() throws Exception {
    FakeSocketModeServer socket = new FakeSocketModeServer();
    socket.start();
    await().atMost(BOUND).until(socket::isStarted);
    try (FakeSlack slack = new FakeSlack().withSocketUrl(socket.url())) {
      Map<String, String> env = new HashMap<>();
      env.put("SLACK_BOT_TOKEN", botToken);
      env.put("SLACK_APP_TOKEN", appToken);
      env.put("SLACK_API_URL", slack.apiUrl());
      env.put("PORT", Integer.toString(freePort()));
      Process process = start("socket", env);
      await().atMost(BOUND).until(socket::hasConnection);
      String envelope =
          "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
              + "\"payload\":{\"team_id\":\"T1\",\"channel_id\":\"C1\",\"user_id\":\"U1\","
              + "\"user_name\":\"maya\",\"command\":\"/incident\",\"text\":\"declare Socket leak\","
              + "\"response_url\":\""
              + slack.responseUrl()
              + "\"}}";
      // Slack delivers an envelope again until it is acknowledged; so does this test, since on a
      // loaded machine the client may still be settling on its connection when the first arrives.
      await()
          .atMost(BOUND)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofSeconds(10))
          .until(
              () -> {
                if (socket.received().stream().noneMatch(a -> a.contains("env-1"))) {
                  socket.deliver(envelope);
                }
                return socket.received().stream().anyMatch(a -> a.contains("declared"));
              });
      stop(process);

      assertNoSecretIn(log("socket"));
      assertNoSecretIn(slack.calls().toString() + socket.received());
    } finally {
      socket.stop(1000);
    }
  }

  @Test
  void anUnreachableDatabaseWithAPasswordIsReportedWithoutThePassword() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put(
        "AIIR_DB_URL",
        "jdbc:postgresql://127.0.0.1:" + freePort() + "/aiir?user=aiir&password=" + dbPassword);
    env.put("SLACK_BOT_TOKEN", botToken);
    env.put("SLACK_SIGNING_SECRET", secret);
    env.put("SLACK_API_URL", "http://127.0.0.1:" + freePort() + "/api/");
    Process process = start("db", env);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("gives up on the database").isTrue();

    assertThat(process.exitValue()).isNotZero();
    assertNoSecretIn(log("db"));
  }

  private void assertNoSecretIn(String text) {
    assertThat(text).isNotEmpty();
    for (String value :
        List.of(botToken, appToken, secret, dbPassword, pageToken, prometheusToken, alertsToken)) {
      assertThat(text).as("a secret leaked").doesNotContain(value);
    }
  }

  /** The status of a generic webhook alert posted with this Authorization header. */
  private int alert(int port, String authorization) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/alerts/webhook"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Token leak check\"}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The status of a GET of the incident page, with this Authorization header (or none). */
  private int page(int port, String path, String authorization) throws Exception {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private Process start(String name, Map<String, String> env) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
                "serve")
            .redirectOutput(dir.resolve(name + ".out").toFile())
            .redirectError(dir.resolve(name + ".err").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve(name + ".db"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private String log(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8)
        + Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
  }

  private static String command(FakeSlack slack, String text) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("team_id", FakeSlack.TEAM);
    form.put("channel_id", "CSECRET");
    form.put("user_id", "U1");
    form.put("user_name", "maya");
    form.put("command", "/incident");
    form.put("text", text);
    form.put("response_url", slack.responseUrl());
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private int post(int port, String body, long timestamp, String signingSecret) throws Exception {
    String ts = Long.toString(timestamp);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", ts)
            .header(
                "X-Slack-Signature", new SlackSignature.Generator(signingSecret).generate(ts, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private boolean healthy(int port) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
