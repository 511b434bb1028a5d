package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.aiir.bot.slack.FakeSlack.FakeMessage;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chat platform port on Slack: history paging with threads, rate limits, files, posting. */
class SlackHistoryAndFilesTest {
  private static final Tenant TENANT = new Tenant(Platform.SLACK, FakeSlack.TEAM);
  private final List<Duration> waits = new ArrayList<>();
  private FakeSlack slack;
  private Slack client;

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    slack.close();
  }

  private SlackChatPlatform platform(FakeSlack fake) {
    slack = fake;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    client = Slack.getInstance(config);
    return new SlackChatPlatform(new SlackApi(client.methods("xoxb-test"), waits::add));
  }

  private static List<FakeMessage> channelWithThreads() {
    List<FakeMessage> messages = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      messages.add(FakeMessage.of("1773325900.00000" + i, "U" + (i % 2 + 1), "message " + i));
    }
    messages.add(
        FakeMessage.of("1773325950.000001", "U3", "reply a").inThread("1773325900.000002"));
    messages.add(
        FakeMessage.of("1773325951.000001", "U1", "reply b").inThread("1773325900.000002"));
    messages.add(
        FakeMessage.of("1773325952.000001", "U2", "reply c").inThread("1773325900.000002"));
    return messages;
  }

  private static List<HistoryMessage> readAll(SlackChatPlatform chat) {
    List<HistoryMessage> all = new ArrayList<>();
    String cursor = null;
    do {
      HistoryPage page = chat.history(TENANT, "C1", cursor);
      all.addAll(page.messages());
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }

  @Test
  void historyReadsEveryPageAndEveryThreadReplyWithNamesResolvedOnce() throws Exception {
    SlackChatPlatform chat =
        platform(
            new FakeSlack()
                .withUser("U1", "maya")
                .withUser("U2", "sam")
                .withUser("U3", "lee")
                .withChannel("C1", channelWithThreads())
                .withPageSize(2));

    List<HistoryMessage> all = readAll(chat);

    assertThat(all)
        .extracting(HistoryMessage::text)
        .containsExactlyInAnyOrder(
            "message 1",
            "message 2",
            "message 3",
            "message 4",
            "message 5",
            "message 6",
            "message 7",
            "reply a",
            "reply b",
            "reply c");
    assertThat(slack.calls("conversations.history")).hasSize(4);
    assertThat(slack.calls("conversations.replies")).hasSize(2);
    assertThat(slack.calls("users.info")).hasSize(3);
    HistoryMessage reply = all.stream().filter(m -> m.text().equals("reply a")).findFirst().get();
    assertThat(reply.threadId()).isEqualTo("1773325900.000002");
    assertThat(reply.author().displayName()).isEqualTo("lee");
    assertThat(reply.at()).isEqualTo(Instant.ofEpochSecond(1773325950, 1_000));
  }

  @Test
  void aRateLimitedPageIsWaitedOutForItsRetryAfterAndNotLost() throws Exception {
    SlackChatPlatform chat =
        platform(new FakeSlack().withChannel("C1", channelWithThreads()).withPageSize(3));
    slack.rateLimit("conversations.history", 2, 7);

    List<HistoryMessage> all = readAll(chat);

    assertThat(all).hasSize(10);
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void aReminderRefusedWith429IsPostedAfterItsRetryAfterAndOnlyOnce() throws Exception {
    SlackChatPlatform chat = platform(new FakeSlack());
    slack.rateLimit("chat.postMessage", 1, 3);

    chat.post(TENANT, "C1", Message.text("PIR due in 4 hours"));

    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(slack.calls("chat.postMessage")).hasSize(2); // refused, then taken
  }

  @Test
  void aRateLimitThatNeverEndsFailsAfterAFewTriesWithoutTheToken() throws Exception {
    SlackChatPlatform chat = platform(new FakeSlack().withChannel("C1", channelWithThreads()));
    slack.rateLimit("conversations.history", 100, 1);

    assertThatThrownBy(() -> chat.history(TENANT, "C1", null))
        .isInstanceOf(SlackApiFailure.class)
        .hasMessage("conversations.history failed: HTTP 429")
        .hasMessageNotContaining("xoxb");
    assertThat(waits).hasSize(SlackApi.MAX_ATTEMPTS - 1);
  }

  @Test
  void uploadIsFilesUploadV2InThreeCalls() throws Exception {
    SlackChatPlatform chat = platform(new FakeSlack());

    chat.upload(TENANT, "C1", "AI-IR-2026-001-pir.md", "# Post-Incident Review", "PIR <!here>");

    assertThat(slack.calls())
        .extracting(FakeSlack.Call::method)
        .containsExactly("files.getUploadURLExternal", "files.completeUploadExternal");
    assertThat(slack.uploads().values())
        .singleElement()
        .satisfies(
            bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .isEqualTo("# Post-Incident Review"));
    assertThat(slack.calls("files.completeUploadExternal").get(0).params())
        .containsEntry("channel_id", "C1")
        .containsEntry("initial_comment", "PIR &lt;!here&gt;");
  }

  @Test
  void postsCarryBlocksAndAnEscapedFallbackAndNeverLinkNames() throws Exception {
    SlackChatPlatform chat = platform(new FakeSlack());

    chat.post(TENANT, "C1", Message.of("Reminder <!channel>", List.of(), List.of("a < b & c")));

    FakeSlack.Call post = slack.calls("chat.postMessage").get(0);
    assertThat(post.params().get("text"))
        .isEqualTo("Reminder &lt;\u200B!channel&gt;\na &lt; b &amp; c");
    assertThat(post.params().get("blocks")).contains("\"verbatim\":true");
    assertThat(post.params()).containsEntry("link_names", "0").doesNotContainKey("parse");
  }
}
