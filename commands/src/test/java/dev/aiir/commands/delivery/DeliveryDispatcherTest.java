package dev.aiir.commands.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatDeliveryException;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.HistoryPage;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import dev.aiir.commands.testing.InMemoryIncidentStore.Queued;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingChat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryDispatcherTest {
  private static final Tenant TENANT = new Tenant(Platform.SLACK, "T1");
  private static final Message REMINDER = Message.text("AI-IR-2026-001: Canary maximum reached");
  private final MutableClock clock = MutableClock.at("2026-03-12T18:40:00Z");
  private final InMemoryIncidentStore queue = new InMemoryIncidentStore();

  /** A platform that is down for its first {@code failures} sends. */
  private static final class FlakyChat implements ChatPlatform {
    final RecordingChat delivered = new RecordingChat();
    private int failuresLeft;
    private final Duration retryAfter;
    int calls;
    boolean stopAfterEachPost;

    FlakyChat(int failures, Duration retryAfter) {
      this.failuresLeft = failures;
      this.retryAfter = retryAfter;
    }

    @Override
    public void post(Tenant tenant, String channelId, Message message) {
      calls++;
      if (failuresLeft-- > 0) {
        throw new ChatDeliveryException("rate limited", retryAfter, null);
      }
      delivered.post(tenant, channelId, message);
      if (stopAfterEachPost) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void directMessage(Tenant tenant, String userId, Message message) {
      throw new IllegalStateException("platform down");
    }

    @Override
    public HistoryPage history(Tenant tenant, String channelId, String cursor) {
      return new HistoryPage(List.of(), null);
    }

    @Override
    public void upload(Tenant t, String channelId, String name, String content, String comment) {}

    @Override
    public ChatChannel createChannel(Tenant tenant, String name) {
      return new ChatChannel(name, name);
    }
  }

  private DeliveryDispatcher dispatcher(ChatPlatform chat) {
    return new DeliveryDispatcher(
        queue, new ChatPlatforms().register(Platform.SLACK, chat), clock, Backoff.standard());
  }

  private void enqueue(Recipient to) {
    queue.inTransaction(
        TENANT,
        tx -> tx.outbox().enqueue("reminder " + to, new Notice(to, REMINDER), clock.instant()));
  }

  /** Runs the dispatcher every second for {@code seconds} seconds, as its loop would. */
  private void runFor(DeliveryDispatcher dispatcher, int seconds) {
    for (int i = 0; i <= seconds; i++) {
      dispatcher.deliverDue();
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  void aChatThatFailsThreeTimesThenSucceedsGetsTheReminderOnce() {
    FlakyChat chat = new FlakyChat(3, null);
    enqueue(Recipient.channel("C1"));

    runFor(dispatcher(chat), 60);

    assertThat(chat.delivered.posts())
        .containsExactly(new RecordingChat.Sent(TENANT, "C1", REMINDER.plainText()));
    assertThat(chat.calls).isEqualTo(4);
    Queued row = queue.deliveries().get(0);
    assertThat(row.attempts).isEqualTo(3);
    assertThat(row.sentAt).isEqualTo(Instant.parse("2026-03-12T18:40:07Z"));
    assertThat(row.problem).isEqualTo("rate limited");
  }

  @Test
  void retriesBackOffOneTwoFourSecondsAndSoOn() {
    FlakyChat chat = new FlakyChat(100, null);
    enqueue(Recipient.channel("C1"));
    DeliveryDispatcher dispatcher = dispatcher(chat);

    runFor(dispatcher, 30);

    // Sends at 0, 1, 3, 7, 15 and 31 s: each wait twice the one before.
    assertThat(chat.calls).isEqualTo(5);
    assertThat(queue.deliveries().get(0).nextAttemptAt)
        .isEqualTo(Instant.parse("2026-03-12T18:40:31Z"));
    assertThat(Backoff.standard().after(30)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aPlatformsRetryAfterIsHonouredWhenLongerThanTheBackoff() {
    FlakyChat chat = new FlakyChat(1, Duration.ofSeconds(20));
    enqueue(Recipient.channel("C1"));
    DeliveryDispatcher dispatcher = dispatcher(chat);

    runFor(dispatcher, 19);
    assertThat(chat.delivered.posts()).isEmpty();
    runFor(dispatcher, 1);

    assertThat(chat.delivered.posts()).hasSize(1);
  }

  @Test
  void aFailureOfOneRecipientDoesNotHoldUpAnother() {
    FlakyChat chat = new FlakyChat(0, null);
    enqueue(Recipient.user("U0BOSS"));
    enqueue(Recipient.channel("CMGR"));

    runFor(dispatcher(chat), 3);

    assertThat(chat.delivered.posts()).extracting(RecordingChat.Sent::to).containsExactly("CMGR");
    assertThat(queue.deliveries().get(0).sentAt).isNull();
    assertThat(queue.deliveries().get(0).problem).isEqualTo("IllegalStateException");
  }

  @Test
  void withoutThePlatformRunningTheNoticeWaitsInTheQueue() {
    enqueue(Recipient.channel("C1"));
    DeliveryDispatcher none =
        new DeliveryDispatcher(queue, new ChatPlatforms(), clock, Backoff.standard());

    runFor(none, 5);
    RecordingChat later = new RecordingChat();
    clock.advance(Duration.ofMinutes(5));
    int sent = dispatcher(later).deliverDue();

    assertThat(sent).isEqualTo(1);
    assertThat(later.posts()).hasSize(1);
  }

  @Test
  void aDeliveryInFlightWhenTheProcessDiedIsNotSentAgain() {
    enqueue(Recipient.channel("C1"));
    queue.claimDue(clock.instant(), java.util.Set.of(Platform.SLACK), 10);
    RecordingChat chat = new RecordingChat();

    int sent = dispatcher(chat).deliverDue();

    assertThat(sent).isZero();
    assertThat(chat.posts()).isEmpty();
    assertThat(queue.inFlight()).isEqualTo(1);
  }

  @Test
  void stoppedWhileSendingItGivesTheRestOfItsClaimBackForTheNextStart() {
    enqueue(Recipient.channel("C1"));
    enqueue(Recipient.channel("C2"));
    enqueue(Recipient.channel("C3"));
    FlakyChat chat = new FlakyChat(0, null);
    // The process is told to stop while the first is being sent.
    chat.stopAfterEachPost = true;

    int sent;
    try {
      sent = dispatcher(chat).deliverDue();
    } finally {
      Thread.interrupted();
    }

    assertThat(sent).isEqualTo(1);
    assertThat(chat.delivered.posts()).hasSize(1);
    assertThat(queue.inFlight()).as("nothing left claimed").isZero();
    RecordingChat nextStart = new RecordingChat();
    assertThat(dispatcher(nextStart).deliverDue()).isEqualTo(2);
    assertThat(nextStart.posts()).extracting(RecordingChat.Sent::to).containsExactly("C2", "C3");
  }

  @Test
  void theSameNoticeQueuedTwiceIsSentOnce() {
    enqueue(Recipient.channel("C1"));
    enqueue(Recipient.channel("C1"));
    RecordingChat chat = new RecordingChat();

    dispatcher(chat).deliverDue();

    assertThat(chat.posts()).hasSize(1);
  }
}
