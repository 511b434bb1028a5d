package dev.aiir.scheduler;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.handling.FiredTimer;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.runtime.ScaledClock;
import dev.aiir.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real scheduler on a SQLite file, wired as the application wires it, with a test feature
 * ({@code test/...} timers) that records each firing and tells channel {@code C1} about it.
 */
final class TimersOnSqlite implements AutoCloseable {
  static final Tenant TENANT = new Tenant(Platform.CONSOLE, "console");
  static final IncidentId INCIDENT = new IncidentId("AI-IR-2026-001");

  /** One firing: which timer, when it was due, and the real time it ran. */
  record Firing(TimerKey key, Instant due, Instant ranAt) {}

  /**
   * Records firings; each firing queues one notice, once. The store "expects" the timers of its
   * {@link Planned} that have not fired (none unless given one), as a feature's records would.
   */
  static final class Recorder implements TimerFeature {
    final List<Firing> firings = new ArrayList<>();
    private final Planned planned;

    Recorder() {
      this(new Planned());
    }

    Recorder(Planned planned) {
      this.planned = planned;
    }

    @Override
    public String name() {
      return "test";
    }

    @Override
    public synchronized List<Notice> fired(FiredTimer timer, TenantStore tx) {
      firings.add(new Firing(timer.key(), timer.dueAt(), Instant.now()));
      planned.fired(timer.key());
      return List.of(new Notice(Recipient.channel("C1"), Message.text(timer.key().purpose())));
    }

    @Override
    public List<ScheduledTimer> expected(TenantStore tx) {
      return planned.unfired(tx.tenant());
    }

    synchronized long count(TimerKey key) {
      return firings.stream().filter(f -> f.key().equals(key)).count();
    }

    synchronized List<Firing> all() {
      return List.copyOf(firings);
    }
  }

  /**
   * The test feature's record, shared by replicas as a database would be: which timers should exist
   * and which have fired. A fired timer is recorded in the transaction that handles it.
   */
  static final class Planned {
    private final Map<TimerKey, Instant> due = new LinkedHashMap<>();
    private final Set<TimerKey> fired = new HashSet<>();

    synchronized void plan(TimerKey key, Instant at) {
      due.put(key, at);
    }

    synchronized void fired(TimerKey key) {
      fired.add(key);
    }

    synchronized List<ScheduledTimer> unfired(Tenant tenant) {
      return due.entrySet().stream()
          .filter(e -> e.getKey().tenant().equals(tenant) && !fired.contains(e.getKey()))
          .map(e -> new ScheduledTimer(e.getKey(), e.getValue()))
          .toList();
    }
  }

  final Database database;
  final QuartzTimers quartz;
  final Core core;
  final Background background;
  final TimerFired fired;

  TimersOnSqlite(Path folder, long scale, Recorder recorder, ChatPlatform chat) {
    this(folder, scale, recorder, chat, CoreSettings.defaults(), MetricQueries.NONE);
  }

  /** The same with these core settings and metrics (rollout gates). */
  TimersOnSqlite(
      Path folder,
      long scale,
      Recorder recorder,
      ChatPlatform chat,
      CoreSettings settings,
      MetricQueries metrics) {
    String url = "jdbc:sqlite:" + folder.resolve("aiir.db");
    database = Database.open(url);
    ScaledClock clock = database.clock(Clock.systemUTC(), scale);
    quartz = QuartzTimers.open(url, clock, database.writerQueue());
    AfterCommitTimers timers = new AfterCommitTimers(quartz);
    IncidentStore store = timers.around(database.incidents());
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.CONSOLE, chat);
    core = new Core(store, timers, platforms, clock, settings, metrics);
    TimerFeatures features = TimerFeatures.standard(core).with(recorder);
    fired = new TimerFired(core, features);
    DeliveryDispatcher dispatcher =
        new DeliveryDispatcher(
            database.deliveries(),
            platforms,
            Clock.systemUTC(),
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
    background = new Background(dispatcher, new TimerReconciler(core, features));
    declareOnce(store, clock.instant());
  }

  static void declareOnce(IncidentStore store, Instant now) {
    store.inTransaction(
        TENANT,
        tx -> {
          if (tx.incidents().find(INCIDENT).isEmpty()) {
            tx.incidents()
                .insert(
                    Incident.declared(
                        TENANT,
                        INCIDENT,
                        "drill",
                        Severity.SEV3,
                        "C1",
                        null,
                        new UserRef("maya", "maya"),
                        now,
                        now));
          }
          return null;
        });
  }

  TimersOnSqlite start() {
    quartz.start(fired, background::nudge);
    background.start(Duration.ofMillis(100), Optional.of(Duration.ofMinutes(5)));
    return this;
  }

  static TimerKey key(String name) {
    return TimerKey.of(TENANT, INCIDENT, "test", name);
  }

  Instant now() {
    return core.now();
  }

  @Override
  public void close() {
    quartz.close();
    background.close();
    database.close();
  }
}
