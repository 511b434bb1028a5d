package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.alerts.Fixtures;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.db.Database;
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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, {@code serve} with the fake Slack and a configuration file that routes
 * Alertmanager's alerts: an Alertmanager notification posted to it opens an incident, its card
 * reaches Slack, and the token appears nowhere in the log.
 */
class SlackAlertsJarIT {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final String token = "am-" + UUID.randomUUID();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anAlertmanagerNotificationPostedToTheJarOpensAnIncident() throws Exception {
    Path config = dir.resolve("aiir.yml");
    Files.writeString(
        config,
        """
        alerts:
          sources:
            alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}
          routes:
            - match: {service: assistant}
              workspace: slack:T1
              channel: C0ALERTS
        """);
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
      builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("AIIR_"));
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
      builder.environment().put("AIIR_CONFIG", config.toString());
      builder.environment().put("AIIR_ALERTMANAGER_TOKEN", token);
      builder.environment().put("SLACK_BOT_TOKEN", "xoxb-jar-test");
      builder.environment().put("SLACK_SIGNING_SECRET", "jar-signing-secret");
      builder.environment().put("SLACK_API_URL", slack.apiUrl());
      builder.environment().put("PORT", Integer.toString(port));
      Process process = builder.start();
      try {
        await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));

        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/alerts/alertmanager"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            Fixtures.read("alertmanager-firing.json")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
            .contains(
                "\"incidents\":[{\"id\":\"AI-IR-2026-001\",\"fingerprint\":\"1a30ba71cca2921f\","
                    + "\"action\":\"declared\"}]");
        await()
            .atMost(BOUND)
            .until(
                () ->
                    slack.calls("chat.postMessage").stream()
                        .anyMatch(c -> c.params().get("text").contains("AI-IR-2026-001 declared")));
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
    Optional<Incident> incident;
    try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("aiir.db"))) {
      incident =
          database
              .incidents()
              .inTransaction(
                  new Tenant(Platform.SLACK, "T1"),
                  tx -> tx.incidents().find(new IncidentId("AI-IR-2026-001")));
    }
    assertThat(incident)
        .map(Incident::detectedAt)
        .contains(Instant.parse("2026-03-12T14:22:05.739Z"));
    String log =
        Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8)
            + Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("alerts from Alertmanager taken at POST /alerts/alertmanager");
    assertThat(log).doesNotContain(token);
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
