package dev.aiir.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.scheduler.TimersOnSqlite.Planned;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's upkeep (PostgreSQL's planner statistics, in the application) runs on the reconciling
 * thread before each reconciliation, which waits for it; an upkeep that fails leaves the
 * reconciliation to run all the same.
 */
class BackgroundUpkeepTest {
  @TempDir Path folder;

  @Test
  void theReconciliationWaitsForTheStoresUpkeepOnTheReconcilingThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> threads = new CopyOnWriteArrayList<>();
    try (TimersOnSqlite timers = timers();
        Background background =
            background(
                timers,
                () -> {
                  threads.add(Thread.currentThread().getName());
                  started.countDown();
                  await(release);
                })) {
      CompletableFuture<Reconciliation> reconciled = background.reconcileNow();
      await(started);

      assertThat(reconciled).as("not reconciled while the upkeep runs").isNotDone();
      release.countDown();
      assertThat(reconciled.get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat(background.reconcileNow().get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat(threads).containsExactly("aiir-reconcile", "aiir-reconcile");
    }
  }

  @Test
  void aFailingUpkeepLeavesTheReconciliationToRun() throws Exception {
    try (TimersOnSqlite timers = timers();
        Background background =
            background(
                timers,
                () -> {
                  throw new IllegalStateException("permission denied to analyze");
                })) {
      Reconciliation reconciled = background.reconcileNow().get(30, TimeUnit.SECONDS);

      assertThat(reconciled.expected()).isEqualTo(reconciled.heldAfter());
    }
  }

  private TimersOnSqlite timers() {
    return new TimersOnSqlite(folder, 1, new Recorder(new Planned()), new RecordingChat());
  }

  private static Background background(TimersOnSqlite timers, Runnable upkeep) {
    DeliveryDispatcher dispatcher =
        new DeliveryDispatcher(
            timers.database.deliveries(),
            new ChatPlatforms().register(Platform.CONSOLE, new RecordingChat()),
            Clock.systemUTC(),
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
    TimerReconciler reconciler =
        new TimerReconciler(timers.core, TimerFeatures.standard(timers.core));
    return new Background(dispatcher, reconciler, Optional.empty(), upkeep);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
