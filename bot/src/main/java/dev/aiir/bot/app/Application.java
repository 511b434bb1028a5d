package dev.aiir.bot.app;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.prometheus.PrometheusClient;
import dev.aiir.bot.replica.ReplicaReport;
import dev.aiir.bot.trackers.Trackers;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.export.ExportDispatcher;
import dev.aiir.commands.grammar.CommandParser;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ExportPorts;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.commands.runtime.DaemonThreads;
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
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired application: the store opened and migrated, the core built on it with durable timers
 * and the configured trackers and wikis, the timers started and reconciled with the store in the
 * background, queued reminders and exports sent in the background; commands, timers and deliveries
 * counted by the replica's metrics.
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
  private final Insights insights;
  private final ReplicaReport report;
  private final CompletableFuture<Reconciliation> reconciled = new CompletableFuture<>();
  private boolean reconciling;
  private boolean closed;

  private Application(
      Database database,
      Optional<TimerOwnership> ownership,
      QuartzTimers quartz,
      Background background,
      Core core,
      CommandParser parser) {
    this.database = database;
    this.ownership = ownership;
    this.quartz = quartz;
    this.background = background;
    this.core = core;
    this.report = new ReplicaReport(database);
    this.bot = new IncidentBot(core, report.metrics(), parser);
    this.insights = new Insights(core);
  }

  /** Starts, and begins reconciling the timers with the store in the background at once. */
  public static Application start(Settings settings, Clock clock, ChatPlatforms chat) {
    return start(settings, clock, chat, List.of());
  }

  /** Starts with {@code extra} timer features besides the product's (the benchmark's). */
  public static Application start(
      Settings settings, Clock clock, ChatPlatforms chat, List<TimerFeature> extra) {
    return start(settings, clock, chat, extra, TimerFired.Observer.NONE);
  }

  /** Starts with {@code observer} told of every timer handled (the gate benchmark's lag). */
  public static Application start(
      Settings settings,
      Clock clock,
      ChatPlatforms chat,
      List<TimerFeature> extra,
      TimerFired.Observer observer) {
    Application application = open(settings, clock, chat, extra, observer);
    application.reconcileInBackground();
    return application;
  }

  /**
   * Starts with the timers running, but reconciles them only when {@link #reconcileInBackground} is
   * called: the server calls it once its port is open, so that its start-up has the CPU.
   */
  public static Application open(Settings settings, Clock clock, ChatPlatforms chat) {
    return open(settings, clock, chat, List.of(), TimerFired.Observer.NONE);
  }

  private static Application open(
      Settings settings,
      Clock clock,
      ChatPlatforms chat,
      List<TimerFeature> extra,
      TimerFired.Observer observer) {
    LOG.info("starting with {}", settings);
    Database database = Database.open(settings.databaseUrl());
    // The first command's parser is built beside the scheduler's start, so that it is ready when
    // the port opens (begun after it, the first command waited for it).
    CommandParser parser = new CommandParser();
    DaemonThreads.named("warm-up").newThread(parser::warmUp).start();
    Optional<TimerOwnership> ownership = Optional.empty();
    QuartzTimers quartz = null;
    try {
      ownership = TimerOwnership.tryAcquire(settings.databaseUrl());
      ScaledClock coreClock = database.clock(clock, settings.timeScale());
      quartz = QuartzTimers.open(settings.databaseUrl(), coreClock, database.writerQueue());
      // Reconciliation reads the store in bulk and may write thousands of timers into small
      // tables: on PostgreSQL both are planned on statistics a restore or a load leaves behind.
      quartz.keepUpDuringReconciliation(database::refreshStaleStatistics);
      AfterCommitTimers timers = new AfterCommitTimers(quartz);
      IncidentStore store = timers.around(database.incidents());
      Core core =
          new Core(
              store,
              timers,
              chat,
              coreClock,
              settings.core(),
              metrics(settings, coreClock),
              exports(settings, database, clock));
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
        // Timers already scheduled fire from now on, those due while the process was down at
        // once. Reconciliation then runs beside commands: it schedules what the store expects and
        // the scheduler lacks (a crash between a command's commit and its scheduling), overdue
        // ones firing at once; a timer that fires meanwhile fires once.
        quartz.start(new TimerFired(core, features, observer), background::nudge);
        background.start(DELIVERY_POLL, Optional.of(RECONCILE_EVERY));
        LOG.info("timers running");
      } else {
        background.start(DELIVERY_POLL, Optional.empty());
        LOG.info(
            "another process runs the timers of this database: this one schedules them and sends"
                + " its platforms' reminders");
      }
      Application application =
          new Application(database, ownership, quartz, background, core, parser);
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

  /** The Prometheus the rollout gates query, or none when {@code AIIR_PROMETHEUS_URL} is unset. */
  private static MetricQueries metrics(Settings settings, ScaledClock clock) {
    return settings
        .prometheus()
        .<MetricQueries>map(p -> new PrometheusClient(p, clock::toReal))
        .orElse(MetricQueries.NONE);
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
      Application application =
          new Application(database, Optional.empty(), null, null, core, new CommandParser());
      application.reconciled.complete(null);
      return application;
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

  /** The reports and the page's reads, on this application's store and clock. */
  public Insights insights() {
    return insights;
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

  /**
   * Once start-up is over: the store's and the scheduler's pools keep all their connections from
   * now on (on PostgreSQL they opened with two, so that starting server processes did not take the
   * CPU from the start).
   */
  public synchronized void fillConnectionPools() {
    if (closed) {
      return;
    }
    database.fillPool();
    if (quartz != null) {
      quartz.fillPool();
    }
  }

  /**
   * Begins start-up's reconciliation of the timers in the background, once (later calls do
   * nothing), when this process runs them; see {@link #reconciled}.
   */
  public synchronized void reconcileInBackground() {
    if (reconciling || closed) {
      return;
    }
    reconciling = true;
    if (ownership.isEmpty() || background == null) {
      reconciled.complete(null);
      return;
    }
    LOG.info("reconciling the timers with the store in the background");
    background
        .reconcileNow()
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                reconciled.completeExceptionally(failure);
              } else {
                reconciled.complete(done);
              }
            });
  }

  /**
   * Start-up's reconciliation of the timers: what it found once done, or null when another process
   * runs this database's timers (or none runs here).
   */
  public CompletableFuture<Reconciliation> reconciled() {
    return reconciled;
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
      background.stopReconciling();
      quartz.close();
      background.close();
    }
    ownership.ifPresent(TimerOwnership::close);
    database.close();
  }
}
