package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.aiir.bot.alerts.Fixtures;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface a check from outside relies on: the packaged jar started with environment variables
 * only (no configuration file), {@code AIIR_ALERTS_CHANNEL} and {@code AIIR_ALERTS_TOKEN} with the
 * fake Slack. An Alertmanager notification is declared (200, one object per alert with its id,
 * fingerprint and action), the same again is unchanged, a wrong token is 401, the refusals are
 * counted on {@code /metrics}, and the token is nowhere in the log.
 */
class AlertsFromEnvironmentJarIT {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final String token = "alerts-" + UUID.randomUUID();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void alertsTakenWithEnvironmentVariablesOnly() throws Exception {
    int port = freePort();
    try (FakeSlack slack = new FakeSlack()) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
                  "serve")
              .redirectOutput(dir.resolve("out.log").toFile())
              .redirectError(dir.resolve("err.log").toFile());
      builder
          .environment()
          .keySet()
          .removeIf(
              k -> k.startsWith("SLACK_") || k.startsWith("AIIR_") || k.startsWith("DISCORD_"));
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
      builder.environment().put("AIIR_ALERTS_CHANNEL", "slack:" + FakeSlack.TEAM + "/C0ALERTS");
      builder.environment().put("AIIR_ALERTS_TOKEN", token);
      builder.environment().put("SLACK_BOT_TOKEN", "xoxb-jar-test");
      builder.environment().put("SLACK_SIGNING_SECRET", "jar-signing-secret");
      builder.environment().put("SLACK_API_URL", slack.apiUrl());
      builder.environment().put("PORT", Integer.toString(port));
      Process process = builder.start();
      try {
        await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));
        String body = Fixtures.read("alertmanager-firing.json");

        HttpResponse<String> first = post(port, "/alerts/alertmanager", body, "Bearer " + token);
        HttpResponse<String> again = post(port, "/alerts/alertmanager", body, "Bearer " + token);
        HttpResponse<String> wrong =
            post(port, "/alerts/alertmanager", body, "Bearer not-" + token);
        HttpResponse<String> hook =
            post(
                port,
                "/alerts/webhook",
                "{\"title\": \"Queue backed up\", \"fingerprint\": \"ingest-queue\"}",
                "Bearer " + token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("content-type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject declared = only(first);
        assertThat(declared.get("id").getAsString()).isEqualTo("AI-IR-2026-001");
        assertThat(declared.get("fingerprint").getAsString()).isEqualTo("1a30ba71cca2921f");
        assertThat(declared.get("action").getAsString()).isEqualTo("declared");
        assertThat(again.statusCode()).isEqualTo(200);
        JsonObject unchanged = only(again);
        assertThat(unchanged.get("id").getAsString()).isEqualTo("AI-IR-2026-001");
        assertThat(unchanged.get("action").getAsString()).isEqualTo("unchanged");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(hook.statusCode()).isEqualTo(200);
        assertThat(only(hook).get("action").getAsString()).isEqualTo("declared");
        assertThat(get(port, "/metrics"))
            .contains(
                "aiir_alerts_rejected_total{reason=\"unauthorized\",source=\"alertmanager\"} 1.0")
            .contains(
                "aiir_alerts_received_total{action=\"unchanged\",source=\"alertmanager\"} 1.0");
        await()
            .atMost(BOUND)
            .until(
                () ->
                    slack.calls("chat.postMessage").stream()
                        .anyMatch(
                            c ->
                                "C0ALERTS".equals(c.params().get("channel"))
                                    && c.params().get("text").contains("AI-IR-2026-001 declared")));
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
    String log =
        Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8)
            + Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("alerts from Alertmanager taken at POST /alerts/alertmanager");
    assertThat(log).doesNotContain(token);
  }

  @Test
  void aChannelThatIsNotOneStopsStartUpWithOneLineNamingTheVariable() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
                "serve")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("bad.log").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AIIR_") || k.startsWith("DISCORD_"));
    builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("bad.db"));
    builder.environment().put("AIIR_ALERTS_CHANNEL", "C0ALERTS");
    builder.environment().put("AIIR_ALERTS_TOKEN", token);
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-jar-test");
    builder.environment().put("SLACK_SIGNING_SECRET", "jar-signing-secret");
    builder.environment().put("PORT", Integer.toString(freePort()));
    Process process = builder.start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("bad.log"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isNotZero();
    assertThat(log).contains("AIIR_ALERTS_CHANNEL must be slack:TEAM/CHANNEL");
    assertThat(log).doesNotContain("\tat ").doesNotContain(token);
  }

  private static JsonObject only(HttpResponse<String> response) {
    JsonArray incidents =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("incidents");
    assertThat(incidents).hasSize(1);
    return incidents.get(0).getAsJsonObject();
  }

  private HttpResponse<String> post(int port, String path, String body, String authorization)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String get(int port, String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
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
