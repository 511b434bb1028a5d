package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode: the same commands arrive over a WebSocket the app opened itself. */
class SlackSocketModeTest {
  @TempDir Path dir;
  private FakeSocketModeServer socket;
  private SlackHarness harness;

  @BeforeEach
  void start() throws Exception {
    socket = new FakeSocketModeServer();
    socket.start();
    await().atMost(Duration.ofSeconds(10)).until(socket::isStarted);
    FakeSlack slack = new FakeSlack().withSocketUrl(socket.url());
    harness = new SlackHarness(dir, Map.of("SLACK_APP_TOKEN", "xapp-test-token"), slack);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    socket.stop(1000);
  }

  @Test
  void aSlashCommandEnvelopeIsRunAndAcknowledgedWithTheReply() {
    await().atMost(Duration.ofSeconds(10)).until(socket::hasConnection);

    socket.deliver(
        "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
            + "\"payload\":{\"token\":\"legacy\",\"team_id\":\"T1\",\"channel_id\":\"C1\","
            + "\"user_id\":\"U1\",\"user_name\":\"maya\",\"command\":\"/incident\","
            + "\"text\":\"declare Socket incident <!here>\",\"response_url\":\""
            + harness.slack.responseUrl()
            + "\",\"trigger_id\":\"1.2.3\"}}");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(socket.received())
                    .anySatisfy(
                        ack ->
                            assertThat(ack)
                                .contains("\"envelope_id\":\"env-1\"")
                                .contains("Incident AI-IR-2026-001 declared: Socket incident")
                                .doesNotContain("<!here>")));
    assertThat(harness.slack.calls("apps.connections.open")).isNotEmpty();
    assertThat(harness.incident("T1", "AI-IR-2026-001")).isPresent();
  }

  @Test
  void theHttpEndpointIsNotServedInSocketModeButHealthIs() throws Exception {
    assertThat(harness.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(harness.command("U1", "C1", "declare over http").status()).isEqualTo(404);
  }
}
