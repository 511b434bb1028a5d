package dev.aiir.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.aiir.scheduler.TimerJobStore.Change;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;

/** Commands' timer changes are written in batches, and each caller learns how its own went. */
class TimerWritesTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

  private static Change cancel(String name) {
    return new Change(new JobKey(name, QuartzTimers.GROUP), Optional.empty());
  }

  private List<String> recorded(List<Change> changes) {
    List<String> names = changes.stream().map(c -> c.job().getName()).toList();
    batches.add(names);
    return names;
  }

  @Test
  void changesArrivingWhileABatchIsWrittenGoTogetherInTheNext() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TimerWrites writes =
        new TimerWrites(
            changes -> {
              recorded(changes);
              writing.countDown();
              release.await(10, TimeUnit.SECONDS);
            },
            "test-writes")) {
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writes.apply(cancel("a")));
      assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
      List<CompletableFuture<Void>> later = new ArrayList<>();
      for (String name : List.of("b", "c", "d")) {
        later.add(CompletableFuture.runAsync(() -> writes.apply(cancel(name))));
      }
      await().atMost(BOUND).until(() -> writes.waiting() == 3);
      assertThat(first).isNotDone();

      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      for (CompletableFuture<Void> f : later) {
        f.get(10, TimeUnit.SECONDS);
      }

      assertThat(batches).hasSize(2);
      assertThat(batches.get(0)).containsExactly("a");
      assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "c", "d");
    }
  }

  @Test
  void aFailedBatchIsWrittenAgainOneByOneSoOnlyTheBadChangeFails() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (TimerWrites writes =
        new TimerWrites(
            changes -> {
              List<String> names = recorded(changes);
              if (names.equals(List.of("hold"))) {
                release.await(10, TimeUnit.SECONDS);
              }
              if (names.contains("bad")) {
                throw new IllegalStateException("refused");
              }
            },
            "test-writes")) {
      CompletableFuture<Void> hold = CompletableFuture.runAsync(() -> writes.apply(cancel("hold")));
      await().atMost(BOUND).until(() -> !batches.isEmpty());
      CompletableFuture<Void> good = CompletableFuture.runAsync(() -> writes.apply(cancel("good")));
      CompletableFuture<Void> bad = CompletableFuture.runAsync(() -> writes.apply(cancel("bad")));
      await().atMost(BOUND).until(() -> writes.waiting() == 2);
      release.countDown();

      hold.get(10, TimeUnit.SECONDS);
      good.get(10, TimeUnit.SECONDS);
      assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("refused");
      assertThat(batches).contains(List.of("good"), List.of("bad"));
    }
  }

  @Test
  void aChangeAfterCloseIsRefusedAndNothingIsWritten() {
    TimerWrites writes = new TimerWrites(this::recorded, "test-writes");
    writes.close();

    assertThatThrownBy(() -> writes.apply(cancel("late")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(batches).isEmpty();
  }
}
