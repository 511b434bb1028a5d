package dev.aiir.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.Reconciliation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Fills a store with pending timers through the product's own commands, in one Slack workspace:
 * {@code declare} (each incident in a channel of its own, SEV-3, whose nudge is due in 4 hours) and
 * {@code rollout start} on some of them (Canary's minimum and maximum, due in 2 and 4 hours), so
 * that {@code incidents + 2 * rollouts} timers are pending and none falls due while measured.
 */
final class PendingTimers {
  static final Tenant TENANT = new Tenant(Platform.SLACK, LoopbackSlackApi.TEAM);
  static final String USER = "UBENCH";

  private final int incidents;
  private final int rollouts;

  /** {@code timers} pending across {@code incidents} open incidents. */
  PendingTimers(int timers, int incidents) {
    if (incidents < 1 || incidents > timers || incidents * 3 < timers) {
      throw new IllegalArgumentException(
          "each incident has 1 timer (its nudge) or 3 (with a rollout): "
              + timers
              + " timers need between "
              + (timers + 2) / 3
              + " and "
              + timers
              + " incidents");
    }
    if ((timers - incidents) % 2 != 0) {
      throw new IllegalArgumentException("timers - incidents must be even (2 per rollout)");
    }
    this.incidents = incidents;
    this.rollouts = (timers - incidents) / 2;
  }

  int incidents() {
    return incidents;
  }

  int rollouts() {
    return rollouts;
  }

  /** The channel of incident {@code n}. */
  static String channel(int n) {
    return "CB" + n;
  }

  /** What filling took: the commands, and the reconciliation that scheduled their timers. */
  record Filled(
      double commandSeconds, double reconcileSeconds, Reconciliation reconciled, int pending) {}

  /**
   * Declares and starts rollouts on {@code threads} threads, the timers they schedule left to
   * reconciliation (as the bot's one-shot commands do), then starts the application once so that
   * its reconciliation schedules them all, in bulk: a hundred thousand timers scheduled one by one
   * take many minutes on two cores.
   */
  Filled fill(Settings settings, int threads) throws Exception {
    long start = System.nanoTime();
    Level level = quiet(Level.WARN);
    try (Application app = Application.offline(settings, Clock.systemUTC(), new ChatPlatforms())) {
      run(app, threads);
    } finally {
      quiet(level);
    }
    double commands = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    try (Application app = Application.start(settings, Clock.systemUTC(), new ChatPlatforms())) {
      Reconciliation reconciled = app.reconciled().join();
      double reconcile = (System.nanoTime() - start) / 1e9;
      return new Filled(commands, reconcile, reconciled, app.pendingTimers());
    }
  }

  private void run(Application app, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int n = next.getAndIncrement(); n < incidents; n = next.getAndIncrement()) {
                    open(app, n);
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Sets the level of the application's log (one line per timer left to reconciliation). */
  private static Level quiet(Level level) {
    Logger log = (Logger) LoggerFactory.getLogger(Application.class);
    Level before = log.getLevel();
    log.setLevel(level);
    return before;
  }

  private void open(Application app, int n) {
    CommandContext context =
        new CommandContext(TENANT, new UserRef(USER, "bench"), channel(n), true);
    expect(app.bot().execute(context, "declare Restart benchmark " + n + " --sev 3"));
    if (n < rollouts) {
      expect(app.bot().execute(context, "rollout start"));
    }
  }

  private static void expect(Reply reply) {
    if (reply.refused()) {
      throw new IllegalStateException("refused: " + reply.plainText());
    }
  }
}
