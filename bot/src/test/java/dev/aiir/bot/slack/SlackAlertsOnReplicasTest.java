package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.alerts.Fixtures;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import dev.aiir.db.PostgresServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alertmanager's HA peers each send every notification, so two replicas of the bot on one
 * PostgreSQL database get the same alert at the same moment: one incident opens, and its resolution
 * is recorded once.
 */
class SlackAlertsOnReplicasTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Tenant TEAM = new Tenant(Platform.SLACK, FakeSlack.TEAM);
  private static final String TOKEN = "am-token-replicas";
  private static final int SENDS_EACH = 6;

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSameAlertSentToTwoReplicasAtOnceOpensOneIncidentAndResolvesOnce() throws Exception {
    String url = POSTGRES.newDatabase();
    Path config = dir.resolve("aiir.yml");
    Files.writeString(
        config,
        """
        alerts:
          sources:
            alertmanager: {token_env: AM_TOKEN}
          routes:
            - match: {service: assistant}
              workspace: slack:T1
              channel: C0ALERTS
              commander: U0MAYA
        """);
    Map<String, String> env =
        Map.of("AIIR_DB_URL", url, "AIIR_CONFIG", config.toString(), "AM_TOKEN", TOKEN);
    try (SlackHarness first = new SlackHarness(dir.resolve("first"), env);
        SlackHarness second = new SlackHarness(dir.resolve("second"), env)) {
      List<HttpResponse<String>> firing =
          sendToBoth(first, second, Fixtures.read("alertmanager-firing.json"));
      List<HttpResponse<String>> resolved =
          sendToBoth(first, second, Fixtures.read("alertmanager-resolved.json"));

      assertThat(firing).extracting(HttpResponse::statusCode).containsOnly(200);
      assertThat(firing)
          .extracting(HttpResponse::body)
          .filteredOn(body -> body.contains("\"action\":\"declared\""))
          .hasSize(1);
      // Every other delivery, even one that waited for the first to commit, names its incident.
      assertThat(firing)
          .extracting(HttpResponse::body)
          .allMatch(body -> body.contains("\"id\":\"AI-IR-2026-001\""))
          .filteredOn(body -> body.contains("\"action\":\"unchanged\""))
          .hasSize(2 * SENDS_EACH - 1);
      assertThat(resolved).extracting(HttpResponse::statusCode).containsOnly(200);
    }
    try (Database database = Database.open(url)) {
      List<Incident> open =
          database.incidents().inTransaction(TEAM, tx -> tx.incidents().listOpen());
      assertThat(open).hasSize(1);
      List<TimelineEntry> timeline =
          database.incidents().inTransaction(TEAM, tx -> tx.timeline().of(open.get(0).id()));
      // In order of time: the fixture's alert fired and resolved long before this test declared.
      assertThat(timeline)
          .extracting(TimelineEntry::text)
          .containsExactlyInAnyOrder(
              "Monitoring alert triggered: Assistant error rate above 5% (Alertmanager)",
              "Incident declared by @Alertmanager (SEV-1)",
              "@U0MAYA is now commander",
              "Alert resolved: Assistant error rate above 5% (Alertmanager)");
    }
  }

  /** Every send at once, half to each replica, as both HA peers re-sending would. */
  private List<HttpResponse<String>> sendToBoth(
      SlackHarness first, SlackHarness second, String body) {
    List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
    for (int i = 0; i < SENDS_EACH; i++) {
      for (SlackHarness replica : List.of(first, second)) {
        HttpRequest request =
            HttpRequest.newBuilder(replica.uri("/alerts/alertmanager"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        sends.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
    }
    return sends.stream().map(CompletableFuture::join).toList();
  }
}
