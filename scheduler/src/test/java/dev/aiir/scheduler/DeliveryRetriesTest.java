package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatDeliveryException;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryPage;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reminder that the platform refuses is retried with backoff until delivered, once. */
class DeliveryRetriesTest {
  @TempDir Path folder;

  /** Down (or rate limiting) for its first {@code failures} posts. */
  private static final class DownThenUp implements ChatPlatform {
    final RecordingChat delivered = new RecordingChat();
    final AtomicInteger attempts = new AtomicInteger();
    private final int failures;

    DownThenUp(int failures) {
      this.failures = failures;
    }

    @Override
    public void post(Tenant tenant, String channelId, Message message) {
      if (attempts.incrementAndGet() <= failures) {
        throw new ChatDeliveryException("platform unavailable (HTTP 503)");
      }
      delivered.post(tenant, channelId, message);
    }

    @Override
    public void directMessage(Tenant tenant, String userId, Message message) {}

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

  @Test
  void aChatThatFailsThreeTimesThenSucceedsGetsTheReminderOnce() {
    DownThenUp chat = new DownThenUp(3);
    try (TimersOnSqlite timers = new TimersOnSqlite(folder, 1, new Recorder(), chat).start()) {
      timers.quartz.schedule(key("reminder"), timers.now().plusMillis(200));

      await().atMost(Duration.ofSeconds(10)).until(() -> chat.delivered.posts().size() == 1);

      timers.background.close();
      assertThat(chat.attempts).hasValue(4);
      assertThat(chat.delivered.posts()).hasSize(1);
      // Nothing is left to send, ever: the one delivery is marked sent.
      assertThat(
              timers
                  .database
                  .deliveries()
                  .claimDue(Instant.now().plus(Duration.ofDays(365)), Set.of(Platform.CONSOLE), 10))
          .isEmpty();
      assertThat(timers.database.deliveries().inFlight()).isZero();
    }
  }
}
