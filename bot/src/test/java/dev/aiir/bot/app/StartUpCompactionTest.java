package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.aiir.bot.metrics.BotMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartUpCompactionTest {
  private final List<Duration> slept = new ArrayList<>();
  private final AtomicInteger collections = new AtomicInteger();

  private Duration waited() {
    return slept.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Test
  void theCollectionComesAfterASecondWithNoCommand() {
    boolean compacted =
        StartUpCompaction.whenQuiet(() -> 7, collections::incrementAndGet, slept::add);

    assertThat(compacted).isTrue();
    assertThat(collections).hasValue(1);
    assertThat(waited()).isEqualTo(StartUpCompaction.QUIET_FOR);
  }

  @Test
  void eachCommandStartsTheQuietSecondAgain() {
    AtomicLong commands = new AtomicLong();
    // A command acknowledged at each of the first five checks, then none.
    boolean compacted =
        StartUpCompaction.whenQuiet(
            () -> commands.get() < 5 ? commands.incrementAndGet() : commands.get(),
            collections::incrementAndGet,
            slept::add);

    assertThat(compacted).isTrue();
    assertThat(waited())
        .isEqualTo(StartUpCompaction.QUIET_FOR.plus(StartUpCompaction.QUIET_CHECK.multipliedBy(4)));
  }

  @Test
  void continuousTrafficGivesTheCollectionUp() {
    AtomicLong commands = new AtomicLong();

    boolean compacted =
        StartUpCompaction.whenQuiet(
            commands::incrementAndGet, collections::incrementAndGet, slept::add);

    assertThat(compacted).isFalse();
    assertThat(collections).hasValue(0);
    assertThat(waited()).isEqualTo(StartUpCompaction.GIVE_UP);
  }

  @Test
  void aSlackCommandInFlightIsNotQuiet() {
    BotMetrics metrics = new BotMetrics();
    var activity = StartUpCompaction.activity(metrics);
    long before = activity.getAsLong();

    metrics.arrived("slack");

    assertThat(before).isZero();
    assertThat(activity.getAsLong()).isNegative();
  }

  @Test
  void nothingIsCollectedBeforeStartUpIsOverEvenWhenQuiet() {
    CompletableFuture<Void> startUpOver = new CompletableFuture<>();

    StartUpCompaction.after(startUpOver, () -> 0, collections::incrementAndGet, duration -> {});

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .untilAtomic(collections, equalTo(0));
    startUpOver.complete(null);
    await().atMost(Duration.ofSeconds(10)).untilAtomic(collections, equalTo(1));
  }
}
