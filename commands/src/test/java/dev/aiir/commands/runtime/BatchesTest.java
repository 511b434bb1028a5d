package dev.aiir.commands.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private final List<List<String>> handled = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  @Test
  void itemsQueuedWhileABatchIsHandledGoTogetherInTheNextUpToTheMost() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (Batches<String> batches =
        new Batches<>("test-batches", 2, batch -> handle(batch, release), refused::add)) {
      batches.offer("a");
      await().until(() -> batches.waiting() == 0 && handled.size() == 1);
      batches.offer("b");
      batches.offer("c");
      batches.offer("d");
      release.countDown();

      await().until(() -> handled.size() == 3);
    }

    assertThat(handled).containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
    assertThat(refused).isEmpty();
  }

  @Test
  void onceClosedNothingIsQueuedAndWhatWaitedIsRefused() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    Batches<String> batches =
        new Batches<>("test-batches", 10, batch -> handle(batch, never), refused::add);
    batches.offer("being handled");
    await().until(() -> handled.size() == 1);
    batches.offer("waiting");

    batches.close();

    assertThat(batches.offer("late")).isFalse();
    assertThat(refused).containsExactly("waiting");
  }

  @Test
  void theBatchesThreadKnowsItself() throws Exception {
    List<Boolean> seen = new CopyOnWriteArrayList<>();
    try (Batches<Batches<?>> batches =
        new Batches<>(
            "test-batches",
            1,
            batch -> batch.forEach(b -> seen.add(b.onItsThread())),
            refusedBatch -> {})) {
      batches.offer(batches);
      await().until(() -> seen.size() == 1);

      assertThat(seen).containsExactly(true);
      assertThat(batches.onItsThread()).isFalse();
    }
  }

  /** Records the batch, then waits for {@code release} (an interrupt ends the wait). */
  private void handle(List<String> batch, CountDownLatch release) {
    handled.add(List.copyOf(batch));
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
