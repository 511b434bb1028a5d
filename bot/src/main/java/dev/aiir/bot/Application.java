package dev.aiir.bot;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.Core;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.delivery.Backoff;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.ScaledClock;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.commands.timer.AfterCommitTimers;
import dev.aiir.commands.timer.TimerFeature;
import dev.aiir.commands.timer.TimerFeatures;
import dev.aiir.commands.timer.TimerFired;
import dev.aiir.commands.timer.TimerReconciler;
import dev.aiir.db.Database;
import dev.aiir.scheduler.Background;
import dev.aiir.scheduler.QuartzTimers;
import dev.aiir.scheduler.TimerOwnership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired application: the store opened and migrated, the core built on it with durable timers,
 * the timers reconciled with the store and started, and queued reminders sent in the background;
 * commands, timers and deliveries counted by the replica's metrics.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final Duration DELIVERY_POLL = Duration.ofMillis(500);
  private static final Duration RECONCILE_EVERY = Duration.ofMinutes(5);
  private static final int HEALTH_CHECK_SECONDS = 2;

  private final Database database;
  private final Optional<TimerOwnership> ownership;
  private final QuartzTimers quartz;
  private final Background background;
  private final Core core;
  private final IncidentBot bot;
  private final BotMetrics metrics = new BotMetrics();
  private boolean closed;

  private Application(
      Database database,
      Optional<TimerOwnership> ownership,
      QuartzTimers quartz,
      Background background,
      Core core) {
    this.database = database;
    this.ownership = ownership;
    this.quartz = quartz;
    this.background = background;
    this.core = core;
    this.bot = new IncidentBot(core, metrics);
  }

  public static Application start(Settings settings, Clock clock, ChatPlatforms chat) {
    return start(settings, clock, chat, List.of());
  }

  /** Starts with {@code extra} timer features besides the product's (the benchmark's). */
  public static Application start(
      Settings settings, Clock clock, ChatPlatforms chat, List<TimerFeature> extra) {
    LOG.info("starting with {}", settings);
    Database database = Database.open(settings.databaseUrl());
    Optional<TimerOwnership> ownership = Optional.empty();
    QuartzTimers quartz = null;
    try {
      ownership = TimerOwnership.tryAcquire(settings.databaseUrl());
      ScaledClock coreClock = database.clock(clock, settings.timeScale());
      quartz = QuartzTimers.open(settings.databaseUrl(), coreClock);
      AfterCommitTimers timers = new AfterCommitTimers(quartz);
      IncidentStore store = timers.around(database.incidents());
      Core core = new Core(store, timers, chat, coreClock, settings.core());
      TimerFeatures features = TimerFeatures.standard(core);
      for (TimerFeature feature : extra) {
        features = features.with(feature);
      }
      TimerReconciler reconciler = new TimerReconciler(core, features);
      DeliveryDispatcher dispatcher =
          new DeliveryDispatcher(database.deliveries(), chat, clock, Backoff.standard());
      Background background = new Background(dispatcher, reconciler);
      if (ownership.isPresent()) {
        // Before the scheduler starts: a timer the store expects but the scheduler lost (a crash
        // between a command's commit and its scheduling) is scheduled, and fires now if overdue.
        int expected = reconciler.reconcile();
        quartz.start(new TimerFired(core, features), background::nudge);
        background.start(DELIVERY_POLL, Optional.of(RECONCILE_EVERY));
        LOG.info(
            "timers running: {} expected by the store, {} scheduled", expected, quartz.pending());
      } else {
        background.start(DELIVERY_POLL, Optional.empty());
        LOG.info(
            "another process runs the timers of this database: this one schedules them and sends"
                + " its platforms' reminders");
      }
      Application application = new Application(database, ownership, quartz, background, core);
      application.countTimers(quartz, dispatcher);
      return application;
    } catch (RuntimeException e) {
      if (quartz != null) {
        quartz.close();
      }
      ownership.ifPresent(TimerOwnership::close);
      database.close();
      throw e;
    }
  }

  /**
   * The store and the core without the scheduler, for one-shot commands such as {@code export}: a
   * second process must not run the timers of a SQLite file that the bot's process runs. A timer
   * such a command would schedule is left to the running bot's reconciliation, which schedules
   * whatever the store says should exist.
   */
  public static Application offline(Settings settings, Clock clock, ChatPlatforms chat) {
    Database database = Database.open(settings.databaseUrl());
    try {
      ScaledClock coreClock = database.clock(clock, settings.timeScale());
      Core core =
          new Core(
              database.incidents(), new LeftToReconciliation(), chat, coreClock, settings.core());
      return new Application(database, Optional.empty(), null, null, core);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Timers of a process that runs no scheduler. */
  private static final class LeftToReconciliation implements Timers {
    @Override
    public void schedule(TimerKey key, Instant at) {
      LOG.info("timer {} left to the running bot's reconciliation", key);
    }

    @Override
    public void cancel(TimerKey key) {
      LOG.info("timer {} left to the running bot: it fires into silence", key);
    }
  }

  public IncidentBot bot() {
    return bot;
  }

  Database database() {
    return database;
  }

  private Part schedulerHealth() {
    if (quartz == null) {
      return new Part("none", true);
    }
    String state = quartz.state();
    boolean expected = state.equals(ownership.isPresent() ? "running" : "standby");
    return new Part(state, expected);
  }

  BotMetrics metrics() {
    return metrics;
  }

  /** Timers pending (on every replica) and fired, and deliveries retried, in {@code /metrics}. */
  private void countTimers(QuartzTimers timers, DeliveryDispatcher dispatcher) {
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
   * the returned route) and {@code GET /metrics} to the replica's HTTP port. The timers are well
   * when they run here, or on SQLite when another process runs them (standby).
   */
  HealthRoute serveHealthAndMetrics(HttpServer http) {
    HealthRoute health =
        new HealthRoute()
            .part(
                "database", () -> database.answers(HEALTH_CHECK_SECONDS) ? Part.up() : Part.down())
            .part("scheduler", this::schedulerHealth);
    http.get("/healthz", health);
    http.get("/metrics", call -> new HttpAnswer(200, BotMetrics.CONTENT_TYPE, metrics.scrape()));
    return health;
  }

  public Core core() {
    return core;
  }

  /** How many timers the scheduler holds. */
  public int pendingTimers() {
    return quartz == null ? 0 : quartz.pending();
  }

  /** Stops the timers (letting running ones finish), then the sending, then the store. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (quartz != null) {
      quartz.close();
      background.close();
    }
    ownership.ifPresent(TimerOwnership::close);
    database.close();
  }
}
