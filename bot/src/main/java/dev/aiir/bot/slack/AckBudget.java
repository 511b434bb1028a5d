package dev.aiir.bot.slack;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's three seconds, for commands, presses and forms alike: work runs on the command threads
 * and is waited for within the acknowledgement budget, so that its answer can be the
 * acknowledgement; work slow by nature runs on the background threads and is never waited for; late
 * work is left to finish there and answered when done.
 */
final class AckBudget {
  private static final Logger LOG = LoggerFactory.getLogger(AckBudget.class);
  private final ExecutorService commands;
  private final ExecutorService background;
  private final Duration budget;

  /** How running within the budget ended. */
  sealed interface Outcome<T> {
    /** Done in time: the acknowledgement can carry it. */
    record InTime<T>(T value) implements Outcome<T> {}

    /** Slow or late: the {@code later} callback gets the outcome when it is done. */
    record Later<T>() implements Outcome<T> {}

    /** Failed outside the core (or the wait was interrupted) before the budget ran out. */
    record Failed<T>(Throwable cause) implements Outcome<T> {}
  }

  AckBudget(ExecutorService commands, ExecutorService background, Duration budget) {
    this.commands = commands;
    this.background = background;
    this.budget = budget;
  }

  /**
   * Runs {@code work} within the budget; when it is {@code slow} or late, {@code later} receives
   * its value or its failure on a background thread.
   *
   * @param what the work as the log names it when late, such as {@code "/incident"}
   * @param then what happens instead, for the same log line
   */
  <T> Outcome<T> run(
      String what,
      String then,
      boolean slow,
      Supplier<T> work,
      BiConsumer<? super T, ? super Throwable> later) {
    if (slow) {
      CompletableFuture.supplyAsync(work, background).whenComplete(later);
      return new Outcome.Later<>();
    }
    CompletableFuture<T> running = CompletableFuture.supplyAsync(work, commands);
    try {
      return new Outcome.InTime<>(running.get(budget.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException late) {
      LOG.warn("{} took over {} ms; {}", what, budget.toMillis(), then);
      running.whenCompleteAsync(later, background);
      return new Outcome.Later<>();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>(e);
    } catch (ExecutionException e) {
      return new Outcome.Failed<>(e.getCause());
    }
  }

  /** Runs {@code work} without waiting: on the command threads, or the background's when slow. */
  void execute(boolean slow, Runnable work) {
    (slow ? background : commands).execute(work);
  }

  /** Runs what follows an acknowledgement (an upload, a delivery) off the request thread. */
  void afterwards(Runnable work) {
    background.execute(work);
  }
}
