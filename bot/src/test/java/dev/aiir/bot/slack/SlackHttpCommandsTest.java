package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.slack.SlackHarness.Ack;
import dev.aiir.commands.model.TimelineEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed slash commands on the real HTTP endpoint, through Bolt and the core, to SQLite. */
class SlackHttpCommandsTest {
  private static final String ID = "AI-IR-2026-001";
  @TempDir Path dir;
  private SlackHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = new SlackHarness(dir, Map.of("AIIR_SLACK_ADMINS", "UADMIN"));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void declareLogSevStatusAndResolveWorkEndToEnd() throws Exception {
    Ack declared = harness.command("U1", "C1", "declare Assistant answers degraded --sev 3");
    Ack logged = harness.command("U2", "C1", "log eval canary shows p50 0.61 < 0.80");
    Ack sev = harness.command("U1", "C1", "sev 2 wider than the canary");
    Ack status = harness.command("U2", "C1", "status");
    Ack resolved = harness.command("U1", "C1", "resolve traffic back on v3.1");

    assertThat(declared.status()).isEqualTo(200);
    assertThat(declared.responseType()).isEqualTo("in_channel");
    assertThat(declared.text()).startsWith("Incident " + ID + " declared: Assistant answers");
    assertThat(declared.json().getAsJsonArray("blocks")).isNotEmpty();
    assertThat(logged.text())
        .contains("Logged on " + ID)
        .contains("by @u2: eval canary shows p50 0.61 &lt; 0.80");
    assertThat(sev.text()).contains("Severity upgraded to SEV-2");
    assertThat(status.text()).contains("Severity: SEV-2").contains("Commander: @u1");
    assertThat(resolved.text()).startsWith(ID + " resolved after");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains("eval canary shows p50 0.61 < 0.80", "Incident resolved: traffic back on v3.1");
  }

  @Test
  void pirDraftIsAcknowledgedAtOnceAndAnsweredThroughTheResponseUrl() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");

    Ack ack = harness.command("U1", "C1", "pir draft");

    assertThat(ack.responseType()).isEqualTo("ephemeral");
    assertThat(ack.text()).startsWith("Working on it");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(harness.slack.responses())
                    .anySatisfy(
                        r ->
                            assertThat(r)
                                .contains("\"response_type\":\"in_channel\"")
                                .contains("# Post-Incident Review: Assistant answers degraded")));
  }

  @Test
  void aLateAnswerThatCannotBePostedTellsItsAuthorPrivatelyThatTheEntryIsSaved() throws Exception {
    harness.command("U1", "C1", "declare Assistant answers degraded");
    harness.slack.expiringResponseUrls();

    harness.command("U1", "C1", "pir draft");

    FakeSlack.Call told =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> harness.slack.calls("chat.postEphemeral"), calls -> !calls.isEmpty())
            .get(0);
    assertThat(told.params()).containsEntry("user", "U1").containsEntry("channel", "C1");
    assertThat(told.params().get("text"))
        .matches("The entry is saved; the reply failed to post \\(ref [0-9a-f]{8}\\)\\..*");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains("PIR draft generated");
  }

  @Test
  void errorsAndHelpAreForTheirAuthorOnly() throws Exception {
    harness.command("U1", "C1", "declare drift");

    Ack badSev = harness.command("U1", "C1", "sev 9");
    Ack help = harness.command("U1", "C1", "help");
    Ack noIncident = harness.command("U1", "C-OTHER", "status");

    assertThat(badSev.responseType()).isEqualTo("ephemeral");
    assertThat(badSev.text()).startsWith("Severity is 1 to 4");
    assertThat(help.responseType()).isEqualTo("ephemeral");
    assertThat(noIncident.responseType()).isEqualTo("ephemeral");
    assertThat(noIncident.text()).startsWith("No incident is bound to this channel");
  }

  @Test
  void aForgedSignatureGets401AndChangesNothing() throws Exception {
    String body = harness.commandBody(FakeSlack.TEAM, "U1", "C1", "declare forged");

    Ack forged = harness.post(body, SlackHarness.nowSeconds(), "not-the-secret");

    assertThat(forged.status()).isEqualTo(401);
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void aStaleSignatureGets401AndChangesNothing() throws Exception {
    String body = harness.commandBody(FakeSlack.TEAM, "U1", "C1", "declare replayed");

    Ack stale = harness.post(body, SlackHarness.nowSeconds() - 301, SlackHarness.SECRET);

    assertThat(stale.status()).isEqualTo(401);
    assertThat(harness.incident(FakeSlack.TEAM, ID)).isEmpty();
  }

  @Test
  void anUnsignedRequestBoltCannotClassifyGets401() throws Exception {
    Ack junk = harness.post("hello=world", SlackHarness.nowSeconds(), "not-the-secret");

    assertThat(junk.status()).isEqualTo(401);
  }

  @Test
  void nothingTheBotSendsContainsALiveBroadcastFromUserText() throws Exception {
    List<Ack> acks = new ArrayList<>();
    acks.add(harness.command("U1", "C1", "declare <!channel> assistant down @here"));
    acks.add(harness.command("U1", "C1", "log ping <!everyone> and <!here> and &lt;!channel&gt;"));
    acks.add(harness.command("U1", "C1", "rootcause <!subteam^S1> said @everyone"));
    acks.add(harness.command("U1", "C1", "status"));
    harness.command("U1", "C1", "pir draft");
    await().atMost(Duration.ofSeconds(10)).until(() -> !harness.slack.responses().isEmpty());

    List<String> sent = new ArrayList<>(acks.stream().map(Ack::body).toList());
    sent.addAll(harness.slack.responses());
    harness.slack.calls("chat.postMessage").forEach(c -> sent.add(c.params().toString()));
    assertThat(String.join("\n", sent))
        .doesNotContain("<!channel>")
        .doesNotContain("<!here>")
        .doesNotContain("<!everyone>")
        .doesNotContain("<!subteam");
    assertThat(harness.timeline(ID))
        .extracting(TimelineEntry::text)
        .contains("ping <!everyone> and <!here> and <!channel>");
  }

  @Test
  void eachWorkspaceIsItsOwnTenant() throws Exception {
    harness.command("T1", "U1", "C1", "declare only in T1");

    Ack elsewhere = harness.command("T2", "U1", "C1", "status --id " + ID);
    Ack declaredThere = harness.command("T2", "U9", "C1", "declare first in T2");

    assertThat(elsewhere.text()).startsWith("No incident " + ID + " in this workspace");
    assertThat(declaredThere.text()).startsWith("Incident " + ID + " declared: first in T2");
    assertThat(harness.incident("T1", ID)).get().extracting(i -> i.title()).isEqualTo("only in T1");
  }

  @Test
  void configuredAdminsMayResolveAnyIncidentAndOthersMayNot() throws Exception {
    harness.command("U1", "C1", "declare drift");

    Ack byResponder = harness.command("U2", "C1", "resolve");
    Ack byAdmin = harness.command("UADMIN", "C1", "resolve done");

    assertThat(byResponder.responseType()).isEqualTo("ephemeral");
    assertThat(byResponder.text()).startsWith("Only the commander (@u1) or an incident admin");
    assertThat(byAdmin.text()).startsWith(ID + " resolved after");
  }

  @Test
  void healthzReportsTheDatabaseOnTheSamePort() throws Exception {
    assertThat(harness.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(harness.get("/healthz").body())
        .isEqualTo("{\"status\":\"up\",\"database\":\"up\",\"scheduler\":\"running\"}");
  }

  @Test
  void metricsCountCommandsByOutcomeAndTimeTheirAcknowledgement() throws Exception {
    harness.command("U1", "C1", "declare drift");
    harness.command("U2", "C1", "resolve");
    harness.command("U2", "C1", "frobnicate");

    HttpResponse<String> metrics = harness.get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("text/plain");
    assertThat(metrics.body())
        .contains("aiir_commands_total{command=\"declare\",outcome=\"answered\"} 1.0")
        .contains("aiir_commands_total{command=\"resolve\",outcome=\"refused\"} 1.0")
        .contains("aiir_commands_total{command=\"invalid\",outcome=\"refused\"} 1.0")
        .contains("aiir_acknowledgement_seconds_count{platform=\"slack\"} 3")
        .contains("aiir_acknowledgement_seconds_bucket{platform=\"slack\",le=\"3.0\"} 3")
        // The declared incident's status-update nudge (SPEC section 7) is the one timer pending.
        .contains("aiir_timers_pending 1.0")
        .contains("aiir_timers_fired_total 0.0")
        .contains("aiir_deliveries_retried_total 0.0");
  }
}
