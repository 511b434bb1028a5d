package dev.aiir.bot;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.Core;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.db.Database;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired application: the store opened and migrated, the core built on it, counted by the
 * replica's metrics.
 */
final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final int HEALTH_CHECK_SECONDS = 2;
  private final Database database;
  private final IncidentBot bot;
  private final BotMetrics metrics;

  private Application(Database database, IncidentBot bot, BotMetrics metrics) {
    this.database = database;
    this.bot = bot;
    this.metrics = metrics;
  }

  static Application start(Settings settings, Clock clock, ChatPlatforms chat) {
    LOG.info("starting with {}", settings);
    Database database = Database.open(settings.databaseUrl());
    BotMetrics metrics = new BotMetrics();
    Core core = new Core(database.incidents(), new NoTimers(), chat, clock, settings.core());
    return new Application(database, new IncidentBot(core, metrics), metrics);
  }

  IncidentBot bot() {
    return bot;
  }

  Database database() {
    return database;
  }

  BotMetrics metrics() {
    return metrics;
  }

  /**
   * Adds {@code GET /healthz} (the database, and whatever parts a platform adds to the returned
   * route) and {@code GET /metrics} to the replica's HTTP port.
   */
  HealthRoute serveHealthAndMetrics(HttpServer http) {
    HealthRoute health =
        new HealthRoute()
            .part(
                "database", () -> database.answers(HEALTH_CHECK_SECONDS) ? Part.up() : Part.down());
    http.get("/healthz", health);
    http.get("/metrics", call -> new HttpAnswer(200, BotMetrics.CONTENT_TYPE, metrics.scrape()));
    return health;
  }

  @Override
  public void close() {
    database.close();
  }

  /** Until durable timers arrive, nothing in the core schedules one; this says so if it does. */
  private static final class NoTimers implements Timers {
    @Override
    public void schedule(TimerKey key, Instant at) {
      LOG.warn("timer {} at {} not scheduled: this build has no scheduler", key, at);
    }

    @Override
    public void cancel(TimerKey key) {}
  }
}
