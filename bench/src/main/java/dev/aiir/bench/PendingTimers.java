package dev.aiir.bench;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.port.ChatPlatforms;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

  /** Declares and starts rollouts on {@code threads} threads; returns the timers then pending. */
  int fill(Settings settings, int threads) throws Exception {
    try (Application app = Application.start(settings, Clock.systemUTC(), new ChatPlatforms())) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          workers.add(
              pool.submit(
                  () -> {
                    for (int n = next.getAndIncrement();
                        n < incidents;
                        n = next.getAndIncrement()) {
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
      return app.pendingTimers();
    }
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
