package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.aiir.bot.alerts.Fixtures;
import dev.aiir.bot.slack.SlackHarness.Ack;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts open incidents on Slack, end to end: real HTTP requests to the bot's Jetty port, the real
 * configuration file, the core and SQLite, and the fake Slack that receives what the bot posts.
 */
class SlackAlertsTest {
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final String AM_TOKEN = "am-token-3c9a51";
  private static final String GRAFANA_SECRET = "grafana-hmac-8e2d44";
  private static final String HOOK_TOKEN = "hook-token-b7f310";
  private static final String ID = "AI-IR-2026-001";
  private static final String CONFIG =
      """
      alerts:
        sources:
          alertmanager: {token_env: AM_TOKEN}
          grafana:
            hmac_secret_env: GRAFANA_SECRET
            timestamp_header: X-Grafana-Alerting-Timestamp
          webhook: {token_env: HOOK_TOKEN}
        routes:
          - name: assistant
            match: {service: assistant}
            workspace: slack:T1
            channel: C0ALERTS
            commander: <@U0MAYA|maya>
          - name: rag
            match_re: {service: "rag-.*"}
            workspace: slack:T1
            channel: C0RAG
            auto_resolve: true
          - name: search
            match: {service: search-ranker}
            workspace: slack:T1
            channel: C0SEARCH
            mode: offer
      """;
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private SlackHarness harness;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    Path config = dir.resolve("aiir.yml");
    Files.writeString(config, CONFIG);
    slack = new FakeSlack();
    harness =
        new SlackHarness(
            dir,
            Map.of(
                "AIIR_CONFIG", config.toString(),
                "AM_TOKEN", AM_TOKEN,
                "GRAFANA_SECRET", GRAFANA_SECRET,
                "HOOK_TOKEN", HOOK_TOKEN),
            slack);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void anAlertmanagerAlertOpensAnIncidentDetectedAtItsStartAndPostsItsCard() throws Exception {
    HttpResponse<String> response = alertmanager(Fixtures.read("alertmanager-firing.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(json.get("incidents").getAsJsonArray()).hasSize(1);
    JsonObject taken = json.get("incidents").getAsJsonArray().get(0).getAsJsonObject();
    assertThat(taken.get("id").getAsString()).isEqualTo(ID);
    assertThat(taken.get("fingerprint").getAsString()).isEqualTo("1a30ba71cca2921f");
    assertThat(taken.get("action").getAsString()).isEqualTo("declared");
    Incident incident = harness.incident(FakeSlack.TEAM, ID).orElseThrow();
    assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-12T14:22:05.739Z"));
    assertThat(incident.model()).isEqualTo("assistant@v3.2");
    assertThat(incident.commander().orElseThrow().id()).isEqualTo("U0MAYA");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .first()
        .isEqualTo("Monitoring alert triggered: Assistant error rate above 5% (Alertmanager)");
    await().atMost(BOUND).until(() -> posted("C0ALERTS", "Incident " + ID + " declared"));
  }

  @Test
  void aMissingOrWrongCredentialIs401AndChangesNothing() throws Exception {
    String body = Fixtures.read("alertmanager-firing.json");

    assertThat(post("/alerts/alertmanager", body, Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("/alerts/alertmanager", body, bearer("guess")).statusCode()).isEqualTo(401);
    assertThat(post("/alerts/alertmanager", body, bearer(HOOK_TOKEN)).statusCode()).isEqualTo(401);
    assertThat(
            post("/alerts/grafana", body, Map.of("X-Grafana-Alerting-Signature", "00"))
                .statusCode())
        .isEqualTo(401);
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void badJsonOrAWrongShapeIs400WithAShortReasonAndChangesNothing() throws Exception {
    HttpResponse<String> notJson = alertmanager("{\"alerts\": [");
    HttpResponse<String> wrongShape = alertmanager("{\"version\": \"4\", \"alerts\": {}}");
    HttpResponse<String> badHook =
        post("/alerts/webhook", "{\"titel\": \"x\"}", bearer(HOOK_TOKEN));

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("\"reason\":\"the body is not JSON (line 1, column");
    assertThat(wrongShape.statusCode()).isEqualTo(400);
    assertThat(wrongShape.body()).contains("alerts: expected a list of one or more alerts");
    assertThat(badHook.statusCode()).isEqualTo(400);
    assertThat(badHook.body()).contains("unknown field 'titel'");
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void aBodyOverOneMebibyteIs413() throws Exception {
    // The length is announced and the body held back, as a client waiting for 100-continue does:
    // the 413 is answered before any of it, and no half-sent body can cut the answer off.
    String head =
        "POST /alerts/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + HOOK_TOKEN
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + ((1 << 20) + 1)
            + "\r\n\r\n";
    String statusLine;
    try (Socket socket = new Socket(harness.uri("/").getHost(), harness.uri("/").getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
    }

    assertThat(statusLine).startsWith("HTTP/1.1 413");
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void refusedNotificationsAreCountedByReasonAndTakenAlertsByAction() throws Exception {
    String noLabels =
        "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\","
            + " \"startsAt\": \"2026-03-12T14:00:00Z\"}]}";
    alertmanager("{\"alerts\": [");
    alertmanager("{\"version\": \"3\", \"alerts\": []}");
    HttpResponse<String> unlabelled = alertmanager(noLabels);
    post("/alerts/alertmanager", noLabels, bearer("guess"));
    alertmanager(Fixtures.read("alertmanager-firing.json"));
    alertmanager(Fixtures.read("alertmanager-firing.json"));
    // Last: after a 413 the server closes the connection this client would send the next on.
    try {
      post("/alerts/webhook", "{\"title\": \"" + "x".repeat(1 << 20) + "\"}", bearer(HOOK_TOKEN));
    } catch (java.io.IOException answeredBeforeSent) {
      // Jetty may answer 413 and close before the client has sent the whole body; the counter is
      // what this test reads.
    }

    assertThat(unlabelled.statusCode()).isEqualTo(400);
    assertThat(unlabelled.body())
        .isEqualTo(
            "{\"status\":\"bad request\",\"reason\":\"alerts[1].labels: an alert needs at least"
                + " one label, such as alertname\"}");
    assertThat(openIncidents()).hasSize(1);
    String metrics = harness.get("/metrics").body();
    assertThat(metrics)
        .contains("aiir_alerts_rejected_total{reason=\"not_json\",source=\"alertmanager\"} 1.0")
        .contains("aiir_alerts_rejected_total{reason=\"version\",source=\"alertmanager\"} 1.0")
        .contains("aiir_alerts_rejected_total{reason=\"no_labels\",source=\"alertmanager\"} 1.0")
        .contains("aiir_alerts_rejected_total{reason=\"too_large\",source=\"webhook\"} 1.0")
        .contains("aiir_alerts_rejected_total{reason=\"unauthorized\",source=\"alertmanager\"} 1.0")
        .contains("aiir_alerts_received_total{action=\"declared\",source=\"alertmanager\"} 1.0")
        .contains("aiir_alerts_received_total{action=\"unchanged\",source=\"alertmanager\"} 1.0");
  }

  @Test
  void theSameAlertSentAgainAndAgainOpensOneIncidentAndAddsNothing() throws Exception {
    String body = Fixtures.read("alertmanager-firing.json");
    alertmanager(body);
    int entries = harness.timeline(ID).size();

    HttpResponse<String> again = alertmanager(body);
    alertmanager(body);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"incidents\":[{\"id\":\""
                + ID
                + "\",\"fingerprint\":\"1a30ba71cca2921f\",\"action\":\"unchanged\"}]}");
    assertThat(openIncidents()).hasSize(1);
    assertThat(harness.timeline(ID)).hasSize(entries);
  }

  @Test
  void theSameAlertSentManyTimesAtOnceOpensOneIncident() throws Exception {
    String body = Fixtures.read("alertmanager-firing.json");
    List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sends.add(
          http.sendAsync(request("/alerts/alertmanager", body, bearer(AM_TOKEN)), ofString()));
    }

    List<Integer> statuses =
        sends.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

    assertThat(statuses).containsOnly(200);
    assertThat(openIncidents()).hasSize(1);
    assertThat(harness.timeline(ID)).hasSize(3);
  }

  @Test
  void aResolvedAlertAddsOneEntryAndAsksTheCommanderAndFiringAgainAddsAnother() throws Exception {
    alertmanager(Fixtures.read("alertmanager-firing.json"));

    HttpResponse<String> resolved = alertmanager(Fixtures.read("alertmanager-resolved.json"));
    alertmanager(Fixtures.read("alertmanager-resolved.json"));
    alertmanager(Fixtures.read("alertmanager-firing.json"));

    assertThat(resolved.body())
        .contains("\"id\":\"" + ID + "\"")
        .contains("\"action\":\"updated\"");
    assertThat(harness.incident(FakeSlack.TEAM, ID).orElseThrow().state())
        .isEqualTo(IncidentState.INVESTIGATING);
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .containsOnlyOnce("Alert resolved: Assistant error rate above 5% (Alertmanager)")
        .containsOnlyOnce("Alert firing again: Assistant error rate above 5% (Alertmanager)");
    await()
        .atMost(BOUND)
        .until(
            () ->
                posted(
                    "C0ALERTS",
                    ID
                        + ": @maya, the alert Assistant error rate above 5% (Alertmanager) resolved"
                        + " at 14:41 UTC."));
  }

  @Test
  void alertsAlertmanagerLeftOutOfItsNotificationAreSaidOnTheTimeline() throws Exception {
    alertmanager(Fixtures.read("alertmanager-group.json"));

    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains(
            "Alertmanager left 2 alerts of this group out of its notification (truncatedAlerts);"
                + " see them at http://alertmanager.example.com:9093");
  }

  @Test
  void aSignedGrafanaAlertOpensAnIncidentAndItsOkResolvesItOnAnAutoResolveRoute() throws Exception {
    HttpResponse<String> alerting = grafana(Fixtures.read("grafana-alerting.json"), GRAFANA_SECRET);
    HttpResponse<String> forged = grafana(Fixtures.read("grafana-ok.json"), "not-the-secret");
    assertThat(harness.incident(FakeSlack.TEAM, ID).orElseThrow().state())
        .isEqualTo(IncidentState.INVESTIGATING);
    HttpResponse<String> ok = grafana(Fixtures.read("grafana-ok.json"), GRAFANA_SECRET);

    assertThat(alerting.statusCode()).isEqualTo(200);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(ok.statusCode()).isEqualTo(200);
    Incident incident = harness.incident(FakeSlack.TEAM, ID).orElseThrow();
    assertThat(incident.title()).isEqualTo("RAG retrieval p95 latency above 1.5 s");
    assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-12T07:51:03.157Z"));
    assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains("Alert resolved: RAG retrieval p95 latency above 1.5 s (Grafana)");
  }

  @Test
  void aGenericWebhookAlertIsOfferedAndTheDeclareButtonDeclaresIt() throws Exception {
    HttpResponse<String> response =
        post("/alerts/webhook", Fixtures.read("webhook.json"), bearer(HOOK_TOKEN));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"incidents\":[{\"id\":null,"
                + "\"fingerprint\":\"search-ranker-embedding-drift\",\"action\":\"posted\"}]}");
    await().atMost(BOUND).until(() -> !slack.postedIn("C0SEARCH").isEmpty());
    Map<String, Object> offer = slack.postedIn("C0SEARCH").get(0);
    assertThat((String) offer.get("text"))
        .startsWith("webhook alert: Embedding drift above threshold for search-ranker");
    String actionId = declareButton(offer);

    Ack pressed =
        harness.interact(
            SlackPayloads.press("U0SAM", "C0SEARCH", offer, actionId, slack.responseUrl()));

    assertThat(pressed.status()).isEqualTo(200);
    await().atMost(BOUND).until(() -> harness.incident(FakeSlack.TEAM, ID).isPresent());
    Incident incident = harness.incident(FakeSlack.TEAM, ID).orElseThrow();
    assertThat(incident.commander().orElseThrow().id()).isEqualTo("U0SAM");
    assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-12T11:05:00Z"));
    assertThat(incident.model()).isEqualTo("ranker@2026.03.1");
  }

  @Test
  void anAlertNoRouteTakesIsAcceptedAsUnroutedAndCreatesNothing() throws Exception {
    String body =
        "{\"title\": \"Disk full on db1\", \"fingerprint\": \"db1-disk\","
            + " \"labels\": {\"service\": \"postgres\"}}";

    HttpResponse<String> response = post("/alerts/webhook", body, bearer(HOOK_TOKEN));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"incidents\":[{\"id\":null,\"fingerprint\":\"db1-disk\","
                + "\"action\":\"unrouted\"}]}");
    assertThat(openIncidents()).isEmpty();
  }

  @Test
  void statusTypedInSlackShowsTheAlertItsLabelsAndSource() throws Exception {
    alertmanager(Fixtures.read("alertmanager-firing.json"));

    Ack status = harness.command("U0MAYA", "C0ALERTS", "status");

    assertThat(status.text())
        .contains("Assistant error rate above 5% (Alertmanager, firing since 14:22 UTC)")
        .contains("alertname=AssistantErrorRate")
        .contains("http://prometheus.example.com:9090/graph?");
  }

  @SuppressWarnings("unchecked")
  private static String declareButton(Map<String, Object> message) {
    List<Map<String, Object>> blocks = (List<Map<String, Object>>) message.get("blocks");
    List<Map<String, Object>> buttons =
        (List<Map<String, Object>>) blocks.get(blocks.size() - 1).get("elements");
    return (String) buttons.get(0).get("action_id");
  }

  private List<Incident> openIncidents() {
    try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("aiir.db"))) {
      return database
          .incidents()
          .inTransaction(
              new Tenant(Platform.SLACK, FakeSlack.TEAM), tx -> tx.incidents().listOpen());
    }
  }

  private boolean posted(String channel, String text) {
    return slack.calls("chat.postMessage").stream()
        .anyMatch(
            c ->
                channel.equals(c.params().get("channel")) && c.params().get("text").contains(text));
  }

  private HttpResponse<String> alertmanager(String body) throws Exception {
    return post("/alerts/alertmanager", body, bearer(AM_TOKEN));
  }

  private HttpResponse<String> grafana(String body, String secret) throws Exception {
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        HexFormat.of().formatHex(mac.doFinal((ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    return post(
        "/alerts/grafana",
        body,
        Map.of("X-Grafana-Alerting-Signature", signature, "X-Grafana-Alerting-Timestamp", ts));
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers)
      throws Exception {
    return http.send(request(path, body, headers), ofString());
  }

  private HttpRequest request(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(harness.uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return builder.build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
