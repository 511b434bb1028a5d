package dev.aiir.bot.replica;

import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.db.Database;
import dev.aiir.scheduler.QuartzTimers;

/**
 * What a replica tells about itself: {@code GET /healthz} from the state of its parts, {@code GET
 * /metrics} from its counters.
 */
public final class ReplicaReport {
  private static final int HEALTH_CHECK_SECONDS = 2;
  private final BotMetrics metrics = new BotMetrics();
  private final Database database;
  private volatile QuartzTimers timers;
  private volatile boolean runsTimers;

  public ReplicaReport(Database database) {
    this.database = database;
  }

  public BotMetrics metrics() {
    return metrics;
  }

  /**
   * Counts timers pending (on every replica) and fired, and deliveries retried; {@code runsTimers}
   * says whether the timers should run here (on SQLite another process may run them).
   */
  public void countTimers(QuartzTimers timers, boolean runsTimers, DeliveryDispatcher dispatcher) {
    this.timers = timers;
    this.runsTimers = runsTimers;
    metrics.gauge(
        "aiir.timers.pending",
        "Timers scheduled and not yet fired, on every replica",
        () -> {
          try {
            return timers.pending();
          } catch (RuntimeException e) {
            return Double.NaN; // the database is down: /healthz says so
          }
        });
    metrics.counted("aiir.timers.fired", "Timers this replica fired", timers::firings);
    metrics.counted(
        "aiir.deliveries.retried", "Sends this replica put off to retry", dispatcher::retries);
  }

  /**
   * Adds {@code GET /healthz} (the database and the timers, and whatever parts a platform adds to
   * the returned route) and {@code GET /metrics} to the replica's HTTP port.
   */
  public HealthRoute serve(HttpServer http) {
    HealthRoute health =
        new HealthRoute()
            .part(
                "database", () -> database.answers(HEALTH_CHECK_SECONDS) ? Part.up() : Part.down())
            .part("scheduler", this::scheduler);
    http.get("/healthz", health);
    http.get("/metrics", call -> new HttpAnswer(200, BotMetrics.CONTENT_TYPE, metrics.scrape()));
    return health;
  }

  /** Well when the timers run here, or stand by on SQLite while another process runs them. */
  private Part scheduler() {
    QuartzTimers current = timers;
    if (current == null) {
      return new Part("none", true);
    }
    String state = current.state();
    return new Part(state, state.equals(runsTimers ? "running" : "standby"));
  }
}
