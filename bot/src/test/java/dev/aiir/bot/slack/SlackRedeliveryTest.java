package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.slack.FakeSlack.FakeMessage;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack redelivers an event it thinks was not acknowledged: over HTTP with {@code
 * X-Slack-Retry-Num}, over Socket Mode as the same envelope again. A redelivered pin reaction is
 * still one timeline entry and one confirmation.
 */
class SlackRedeliveryTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Duration BOUND = Duration.ofSeconds(10);
  @TempDir Path dir;
  private SlackHarness harness;
  private FakeSocketModeServer socket;

  @AfterEach
  void stop() throws Exception {
    if (harness != null) {
      harness.close();
    }
    if (socket != null) {
      socket.stop(1000);
    }
  }

  private static String messageTs() {
    return (SlackHarness.nowSeconds() - 600) + ".000200";
  }

  private static FakeSlack slackWith(String ts) throws java.io.IOException {
    return new FakeSlack()
        .withUser("U2", "sam")
        .withChannel("C1", List.of(FakeMessage.of(ts, "U2", "rollback confirmed")));
  }

  private List<TimelineEntry> pins() {
    return harness.timeline(ID).stream().filter(e -> e.kind() == EntryKind.PIN).toList();
  }

  private long confirmations() {
    return harness.slack.calls("chat.postMessage").stream()
        .filter(c -> c.params().getOrDefault("text", "").startsWith("Pinned to the timeline"))
        .count();
  }

  /** One pin and one confirmation, and still so after the redeliveries have had time to land. */
  private void assertPinnedOnce() {
    await().atMost(BOUND).until(() -> pins().size() == 1 && confirmations() == 1);
    await()
        .during(Duration.ofMillis(500))
        .atMost(BOUND)
        .until(() -> pins().size() == 1 && confirmations() == 1);
  }

  @Test
  void aReactionRetriedWithXSlackRetryNumIsPinnedOnce() throws Exception {
    String ts = messageTs();
    harness = new SlackHarness(dir, Map.of(), slackWith(ts));
    harness.command("U1", "C1", "declare drift");
    String event = harness.reactionEvent("reaction_added", "Ev1", "U1", "C1", ts);

    int first = harness.post(event, SlackHarness.nowSeconds(), SlackHarness.SECRET).status();
    for (int retry = 1; retry <= 3; retry++) {
      int status =
          harness
              .post(
                  event,
                  SlackHarness.nowSeconds(),
                  SlackHarness.SECRET,
                  Map.of(
                      "X-Slack-Retry-Num",
                      Integer.toString(retry),
                      "X-Slack-Retry-Reason",
                      "http_timeout"))
              .status();
      assertThat(status).isEqualTo(200);
    }

    assertThat(first).isEqualTo(200);
    assertPinnedOnce();
  }

  @Test
  void aSocketModeEnvelopeDeliveredTwiceIsPinnedOnce() throws Exception {
    socket = new FakeSocketModeServer();
    socket.start();
    await().atMost(BOUND).until(socket::isStarted);
    String ts = messageTs();
    harness =
        new SlackHarness(
            dir,
            Map.of("SLACK_APP_TOKEN", "xapp-test-token"),
            slackWith(ts).withSocketUrl(socket.url()));
    await().atMost(BOUND).until(socket::hasConnection);
    socket.deliver(
        "{\"envelope_id\":\"env-declare\",\"type\":\"slash_commands\","
            + "\"accepts_response_payload\":true,\"payload\":{\"team_id\":\"T1\","
            + "\"channel_id\":\"C1\",\"user_id\":\"U1\",\"user_name\":\"maya\","
            + "\"command\":\"/incident\",\"text\":\"declare drift\",\"response_url\":\""
            + harness.slack.responseUrl()
            + "\"}}");
    await().atMost(BOUND).until(() -> harness.incident("T1", ID).isPresent());
    String envelope =
        "{\"envelope_id\":\"env-pin\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
            + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":"
            + harness.reactionEvent("reaction_added", "Ev1", "U1", "C1", ts)
            + "}";

    socket.deliver(envelope);
    socket.deliver(envelope.replace("\"retry_attempt\":0", "\"retry_attempt\":1"));

    assertPinnedOnce();
  }
}
