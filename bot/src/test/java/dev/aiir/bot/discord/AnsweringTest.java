package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.chat.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.requests.RestAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discord takes one first response: the deferral is a call to Discord made once or not at all. The
 * deferral is mocked (a narrow seam); the round trips with the fake Discord are the other tests'.
 */
class AnsweringTest {
  private final ExecutorService workers = Executors.newSingleThreadExecutor();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    workers.shutdownNow();
    timer.shutdownNow();
  }

  private Answering answering(Duration deferAfter) {
    return new Answering(workers, timer, deferAfter, new BotMetrics(), new AnswersInFlight());
  }

  @SuppressWarnings("unchecked")
  private static RestAction<Void> deferral() {
    RestAction<Void> deferral = mock(RestAction.class);
    when(deferral.submit()).thenReturn(CompletableFuture.completedFuture(null));
    return deferral;
  }

  @Test
  void aSlowInteractionIsDeferredOnceAtOnceAndTheAnswerFollowsIt() throws Exception {
    Answering answering = answering(Duration.ofMillis(10));
    RestAction<Void> deferral = deferral();
    AtomicBoolean answerWasFirst = new AtomicBoolean(true);
    CountDownLatch finished = new CountDownLatch(1);

    answering.run(
        true,
        () -> deferral,
        "a test",
        () -> pause(100, "done"),
        fault -> "fault",
        (acknowledged, outcome) -> {
          answerWasFirst.set(answering.claim(acknowledged));
          finished.countDown();
        });

    verify(deferral, times(1)).submit();
    assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(answerWasFirst).isFalse();
    verify(deferral, after(100).times(1)).submit();
  }

  @Test
  void aQuickAnswerIsTheFirstResponseAndNothingIsDeferred() throws Exception {
    Answering answering = answering(Duration.ofMillis(200));
    RestAction<Void> deferral = deferral();
    AtomicBoolean answerWasFirst = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);

    answering.run(
        false,
        () -> deferral,
        "a test",
        () -> "done",
        fault -> "fault",
        (acknowledged, outcome) -> {
          answerWasFirst.set(answering.claim(acknowledged));
          finished.countDown();
        });

    assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(answerWasFirst).isTrue();
    verify(deferral, after(400).never()).submit();
  }

  @Test
  void aFaultOutsideTheCoreIsAnsweredWithTheShortReply() throws Exception {
    AtomicReference<Reply> answered = new AtomicReference<>();
    CountDownLatch finished = new CountDownLatch(1);

    answering(Duration.ofSeconds(1))
        .run(
            false,
            AnsweringTest::deferral,
            "a test",
            () -> {
              throw new IllegalStateException("a bug in the adapter");
            },
            fault -> fault,
            (acknowledged, reply) -> {
              answered.set(reply);
              finished.countDown();
            });

    assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(answered.get().refused()).isTrue();
    assertThat(answered.get().plainText())
        .isEqualTo("Something went wrong on our side; nothing was recorded. Try again.");
  }

  private static <T> T pause(long millis, T value) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return value;
  }
}
