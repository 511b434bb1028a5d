package dev.aiir.bot.app;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.runtime.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives start-up's transient memory back to the operating system: once the timers' reconciliation
 * and the warm-up are over, one full collection at a moment when no command is being answered.
 * Start-up (the warm-up's second store, HTTP server and Bolt app, the reconciliation's reads)
 * leaves the JVM with a heap grown to about 200 MiB around 20 to 50 MiB of live objects, and G1
 * returns the difference only after a full collection: one pause of tens of milliseconds, when
 * nobody waits on it, instead of 100 MiB held for the life of the process. Given up after {@link
 * #GIVE_UP} of continuous traffic, which keeps the memory in use anyway.
 */
final class StartUpCompaction {
  private static final Logger LOG = LoggerFactory.getLogger(StartUpCompaction.class);
  static final Duration QUIET_CHECK = Duration.ofMillis(100);
  static final Duration QUIET_FOR = Duration.ofSeconds(1);
  static final Duration GIVE_UP = Duration.ofMinutes(10);

  private StartUpCompaction() {}

  /** Compacts once {@code startUpOver} completes (either way), on a thread of its own. */
  static void after(CompletableFuture<?> startUpOver, BotMetrics metrics) {
    after(startUpOver, activity(metrics), StartUpCompaction::collect, Sleeper.REAL);
  }

  /** The same, with its parts given. */
  static void after(
      CompletableFuture<?> startUpOver, LongSupplier activity, Runnable collect, Sleeper sleeper) {
    startUpOver.whenComplete(
        (done, failure) ->
            DaemonThreads.named("aiir-compaction")
                .newThread(() -> whenQuiet(activity, collect, sleeper))
                .start());
  }

  /**
   * A count that moves with every chat command, and is negative while one is being answered: its
   * arrivals and acknowledgements.
   */
  static LongSupplier activity(BotMetrics metrics) {
    return () -> {
      long inFlight = metrics.inFlight("slack") + Math.max(0, metrics.inFlight("discord"));
      return inFlight > 0
          ? -1
          : metrics.acknowledgements("slack") + metrics.acknowledgements("discord");
    };
  }

  /**
   * Runs {@code collect} once {@code activity} has stayed the same, and not negative, for {@link
   * #QUIET_FOR}; false when {@link #GIVE_UP} passed without such a moment (or the wait was
   * interrupted).
   */
  static boolean whenQuiet(LongSupplier activity, Runnable collect, Sleeper sleeper) {
    long checks = GIVE_UP.toMillis() / QUIET_CHECK.toMillis();
    long quietChecks = QUIET_FOR.toMillis() / QUIET_CHECK.toMillis();
    long last = activity.getAsLong();
    long quiet = 0;
    try {
      for (long check = 0; check < checks; check++) {
        sleeper.sleep(QUIET_CHECK);
        long now = activity.getAsLong();
        quiet = now >= 0 && now == last ? quiet + 1 : 0;
        last = now;
        if (quiet >= quietChecks) {
          collect.run();
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private static void collect() {
    Runtime runtime = Runtime.getRuntime();
    long before = runtime.totalMemory();
    long started = System.nanoTime();
    System.gc();
    LOG.info(
        "start-up over: heap compacted from {} to {} MiB committed ({} MiB in use) in {} ms",
        before >> 20,
        runtime.totalMemory() >> 20,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20,
        (System.nanoTime() - started) / 1_000_000);
  }
}
