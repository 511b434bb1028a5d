package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.slack.FakeSlack.Call;
import dev.aiir.bot.slack.FakeSlack.FakeMessage;
import dev.aiir.bot.slack.SlackHarness.Ack;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reactions that pin, and dedicated incident channels, through the real endpoint. */
class SlackEventsAndChannelsTest {
  private static final String ID = "AI-IR-2026-001";
  @TempDir Path dir;
  private SlackHarness harness;

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.close();
    }
  }

  private List<TimelineEntry> entries(EntryKind kind) {
    return harness.timeline(ID).stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void aPinReactionDeliveredTwiceIsOneEntryAtTheMessagesOwnTime() throws Exception {
    long said = SlackHarness.nowSeconds() - 600;
    String ts = said + ".000200";
    FakeSlack slack =
        new FakeSlack()
            .withUser("U2", "sam")
            .withChannel("C1", List.of(FakeMessage.of(ts, "U2", "On-call here &amp; confirmed")));
    harness = new SlackHarness(dir, Map.of(), slack);
    harness.command("U1", "C1", "declare drift");

    Ack first =
        harness.post(
            harness.reactionEvent("reaction_added", "Ev1", "U1", "C1", ts),
            SlackHarness.nowSeconds(),
            SlackHarness.SECRET);
    await().atMost(Duration.ofSeconds(10)).until(() -> entries(EntryKind.PIN).size() == 1);
    Ack again =
        harness.post(
            harness.reactionEvent("reaction_added", "Ev2", "U1", "C1", ts),
            SlackHarness.nowSeconds(),
            SlackHarness.SECRET);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> slack.calls("conversations.history").size() >= 2);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    TimelineEntry pin = entries(EntryKind.PIN).get(0);
    assertThat(pin.at()).isEqualTo(Instant.ofEpochSecond(said));
    assertThat(pin.author().displayName()).isEqualTo("sam");
    assertThat(pin.source()).isEqualTo(EntrySource.REACTION);
    assertThat(pin.text()).isEqualTo("On-call here & confirmed");
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(5))
        .until(() -> entries(EntryKind.PIN).size() == 1);
    List<Call> confirmations =
        slack.calls("chat.postMessage").stream()
            .filter(c -> c.params().get("text").startsWith("Pinned to the timeline"))
            .toList();
    assertThat(confirmations)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.params()).containsEntry("thread_ts", ts).containsEntry("channel", "C1");
            });
  }

  @Test
  void removingThePinIsRecordedAsANewEntry() throws Exception {
    String ts = (SlackHarness.nowSeconds() - 60) + ".000300";
    FakeSlack slack =
        new FakeSlack().withChannel("C1", List.of(FakeMessage.of(ts, "U2", "rollback done")));
    harness = new SlackHarness(dir, Map.of(), slack);
    harness.command("U1", "C1", "declare drift");
    harness.post(
        harness.reactionEvent("reaction_added", "Ev1", "U1", "C1", ts),
        SlackHarness.nowSeconds(),
        SlackHarness.SECRET);
    await().atMost(Duration.ofSeconds(10)).until(() -> entries(EntryKind.PIN).size() == 1);

    harness.post(
        harness.reactionEvent("reaction_removed", "Ev2", "U1", "C1", ts),
        SlackHarness.nowSeconds(),
        SlackHarness.SECRET);

    await().atMost(Duration.ofSeconds(10)).until(() -> entries(EntryKind.UNPIN).size() == 1);
    assertThat(entries(EntryKind.PIN)).hasSize(1);
    assertThat(entries(EntryKind.UNPIN).get(0).text()).isEqualTo("Pin removed by @u1");
  }

  @Test
  void aPinOnAThreadReplyIsFoundThroughTheThread() throws Exception {
    long now = SlackHarness.nowSeconds();
    String parent = (now - 300) + ".000100";
    String reply = (now - 200) + ".000100";
    FakeSlack slack =
        new FakeSlack()
            .withChannel(
                "C1",
                List.of(
                    FakeMessage.of(parent, "U2", "alert fired"),
                    FakeMessage.of(reply, "U3", "confirmed in the thread").inThread(parent)));
    harness = new SlackHarness(dir, Map.of(), slack);
    harness.command("U1", "C1", "declare drift");

    harness.post(
        harness.reactionEvent("reaction_added", "Ev1", "U1", "C1", reply),
        SlackHarness.nowSeconds(),
        SlackHarness.SECRET);

    await().atMost(Duration.ofSeconds(10)).until(() -> entries(EntryKind.PIN).size() == 1);
    assertThat(entries(EntryKind.PIN).get(0).text()).isEqualTo("confirmed in the thread");
    assertThat(entries(EntryKind.PIN).get(0).at()).isEqualTo(Instant.ofEpochSecond(now - 200));
  }

  @Test
  void declareOpensAnIncidentChannelUniqueOnCollisionAndBindsIt() throws Exception {
    FakeSlack slack = new FakeSlack().withTakenName("inc-2026-001-assistant-answers-degraded");
    harness = new SlackHarness(dir, Map.of("AIIR_INCIDENT_CHANNELS", "true"), slack);

    Ack declared = harness.command("U1", "C-ALERTS", "declare Assistant answers degraded");

    List<Call> creates = slack.calls("conversations.create");
    assertThat(creates)
        .extracting(c -> c.params().get("name"))
        .containsExactly(
            "inc-2026-001-assistant-answers-degraded", "inc-2026-001-assistant-answers-degraded-2");
    String channel = harness.incident(FakeSlack.TEAM, ID).orElseThrow().channelId();
    assertThat(slack.calls("conversations.invite"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.params())
                    .containsEntry("channel", channel)
                    .containsEntry("users", "U1"));
    assertThat(slack.calls("chat.postMessage"))
        .anySatisfy(
            c ->
                assertThat(c.params())
                    .containsEntry("channel", channel)
                    .hasEntrySatisfying("text", t -> assertThat(t).startsWith("Incident " + ID)));
    assertThat(declared.text())
        .contains("Incident channel: #inc-2026-001-assistant-answers-degraded-2");
    assertThat(harness.command("U2", channel, "status").text()).contains(ID + ": Assistant");
  }

  @Test
  void pirExportIsAnsweredThroughTheResponseUrlAndUploadsTheDraftWithFilesUploadV2()
      throws Exception {
    long now = SlackHarness.nowSeconds();
    FakeSlack slack =
        new FakeSlack()
            .withUser("U2", "sam")
            .withPageSize(2)
            .withChannel(
                "C1",
                List.of(
                    FakeMessage.of((now - 900) + ".000100", "U2", "the canary eval dropped"),
                    FakeMessage.of((now - 800) + ".000100", "U2", "rolled back to v3.1"),
                    FakeMessage.of((now - 700) + ".000100", "U2", "metrics recovering")));
    harness = new SlackHarness(dir, Map.of(), slack);
    harness.command("U1", "C1", "declare Assistant answers degraded");

    Ack ack = harness.command("U1", "C1", "pir export md");

    assertThat(ack.responseType()).isEqualTo("ephemeral");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !slack.calls("files.completeUploadExternal").isEmpty());
    assertThat(slack.responses())
        .anySatisfy(r -> assertThat(r).contains("in_channel").contains("PIR draft of " + ID));
    assertThat(slack.calls("files.getUploadURLExternal").get(0).params().get("filename"))
        .endsWith(".md");
    assertThat(slack.calls("files.completeUploadExternal").get(0).params())
        .containsEntry("channel_id", "C1");
    assertThat(new String(slack.uploads().values().iterator().next(), StandardCharsets.UTF_8))
        .startsWith("# Post-Incident Review: Assistant answers degraded");
    assertThat(slack.calls("conversations.history")).hasSizeGreaterThanOrEqualTo(2);
  }
}
