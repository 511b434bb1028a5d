package dev.aiir.scheduler;

import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.export.ExportDispatcher;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.runtime.DaemonThreads;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers' background work: sending queued notices on one thread (at once when a timer queues
 * some, and every {@code pollEvery} for retries), and reconciling timers on another, at start-up
 * ({@link #reconcileNow}) and every {@code reconcileEvery}, so that one whose scheduling failed
 * after its commit still fires. A long reconciliation never holds back a notice. Exports to
 * trackers and wikis run on a thread of their own, every {@code pollEvery} too, so that a slow
 * tracker never holds up a reminder.
 */
public final class Background implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Background.class);
  private final DeliveryDispatcher dispatcher;
  private final TimerReconciler reconciler;
  private final Optional<ExportDispatcher> exports;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aiir-deliveries"));
  private final ScheduledExecutorService reconciling =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aiir-reconcile"));
  private final ScheduledExecutorService exportThread =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aiir-exports"));

  public Background(DeliveryDispatcher dispatcher, TimerReconciler reconciler) {
    this(dispatcher, reconciler, Optional.empty());
  }

  /** The background work, with the exports' when {@code exports} is given. */
  public Background(
      DeliveryDispatcher dispatcher,
      TimerReconciler reconciler,
      Optional<ExportDispatcher> exports) {
    this.dispatcher = dispatcher;
    this.reconciler = reconciler;
    this.exports = exports;
  }

  /** Sends queued notices, and reconciles timers when this process runs them. */
  public void start(Duration pollEvery, Optional<Duration> reconcileEvery) {
    thread.execute(this::reportInFlight);
    thread.scheduleWithFixedDelay(this::deliver, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    if (exports.isPresent()) {
      exportThread.scheduleWithFixedDelay(
          this::export, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }
    reconcileEvery.ifPresent(
        every ->
            reconciling.scheduleWithFixedDelay(
                this::reconcile, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
  }

  /**
   * Reconciles once on the reconciling thread, as soon as it is free: start-up's reconciliation,
   * while commands are served and timers fire. Completes with what it found, or exceptionally.
   */
  public CompletableFuture<Reconciliation> reconcileNow() {
    return CompletableFuture.supplyAsync(reconciler::reconcile, reconciling)
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                LOG.error("reconciling timers failed; retrying at the next round", failure);
              }
            });
  }

  /** Sends what is queued now, without waiting for the next poll. */
  public void nudge() {
    if (!thread.isShutdown()) {
      thread.execute(this::deliver);
    }
  }

  private void deliver() {
    try {
      dispatcher.deliverDue();
    } catch (RuntimeException e) {
      LOG.error("sending queued messages failed; retrying at the next poll", e);
    }
  }

  private void export() {
    try {
      exports.ifPresent(ExportDispatcher::exportDue);
    } catch (RuntimeException e) {
      LOG.error("running queued exports failed; retrying at the next poll", e);
    }
  }

  private void reconcile() {
    try {
      reconciler.reconcile();
    } catch (RuntimeException e) {
      LOG.error("reconciling timers failed; retrying later", e);
    }
  }

  private void reportInFlight() {
    try {
      dispatcher.reportInFlight();
    } catch (RuntimeException e) {
      LOG.error("could not read the messages in flight", e);
    }
  }

  /**
   * Stops reconciling, interrupting a reconciliation under way between two of its transactions (the
   * next start reconciles again): before the timers close.
   */
  public void stopReconciling() {
    reconciling.shutdownNow();
    try {
      if (!reconciling.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("a reconciliation is still running");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops reconciling, finishes the send and the export under way, if any, and stops. */
  @Override
  public void close() {
    stopReconciling();
    stop(thread);
    stop(exportThread);
  }

  /**
   * Lets the task under way finish for up to 10 s, then interrupts it and waits for it to give back
   * what it holds (a sender's claimed messages) before the store closes under it.
   */
  private static void stop(ScheduledExecutorService executor) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
          LOG.warn("a background task did not stop within 15 s");
        }
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
