package dev.aiir.bot.app;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.replica.ReplicaReport;
import dev.aiir.bot.trackers.Trackers;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.export.ExportDispatcher;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ExportPorts;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.commands.runtime.ScaledClock;
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
 * The wired application: the store opened and migrated, the core built on it with durable timers
 * and the configured trackers and wikis, the timers reconciled with the store and started, and
 * queued reminders and exports sent in the background; commands, timers and deliveries counted by
 * the replica's metrics.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final Duration DELIVERY_POLL = Duration.ofMillis(500);
  private static final Duration RECONCILE_EVERY = Duration.ofMinutes(5);

  private final Database database;
  private final Optional<TimerOwnership> ownership;
  private final QuartzTimers quartz;
  private final Background background;
  private final Core core;
  private final IncidentBot bot;
  private final ReplicaReport report;
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
    this.report = new ReplicaReport(database);
    this.bot = new IncidentBot(core, report.metrics());
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
      Core core =
          new Core(
              store, timers, chat, coreClock, settings.core(), exports(settings, database, clock));
      TimerFeatures features = TimerFeatures.standard(core);
      for (TimerFeature feature : extra) {
        features = features.with(feature);
      }
      TimerReconciler reconciler = new TimerReconciler(core, features);
      DeliveryDispatcher dispatcher =
          new DeliveryDispatcher(database.deliveries(), chat, clock, Backoff.standard());
      Background background =
          new Background(
              dispatcher, reconciler, Optional.of(new ExportDispatcher(core, Backoff.standard())));
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
      application.report.countTimers(quartz, ownership.isPresent(), dispatcher);
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
              database.incidents(),
              new LeftToReconciliation(),
              chat,
              coreClock,
              settings.core(),
              exports(settings, database, clock));
      return new Application(database, Optional.empty(), null, null, core);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The trackers and wikis of the configuration, the store's export outbox, and real time. */
  private static ExportPorts exports(Settings settings, Database database, Clock real) {
    return new ExportPorts(
        new Trackers(settings.exportTargets()).exportClients(), database.exports(), real);
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

  BotMetrics metrics() {
    return report.metrics();
  }

  /** Adds {@code GET /healthz} and {@code GET /metrics} to the replica's HTTP port. */
  HealthRoute serveHealthAndMetrics(HttpServer http) {
    return report.serve(http);
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
