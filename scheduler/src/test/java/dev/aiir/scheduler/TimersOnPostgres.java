package dev.aiir.scheduler;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.runtime.ScaledClock;
import dev.aiir.db.Database;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.time.Clock;
import java.time.Duration;

/**
 * One replica on a PostgreSQL database, wired as the application wires it: its own store, clustered
 * Quartz, core and delivery loop, with the test feature's {@code test/...} timers recorded by its
 * own recorder (so that a test can tell which replica fired what).
 */
final class TimersOnPostgres implements AutoCloseable {
  final Database database;
  final QuartzTimers quartz;
  final Core core;
  final IncidentBot bot;
  final Background background;
  final TimerFired fired;

  TimersOnPostgres(String url, Recorder recorder, ChatPlatform chat) {
    database = Database.open(url);
    ScaledClock clock = database.clock(Clock.systemUTC(), 1);
    quartz = QuartzTimers.open(url, clock, database.writerQueue());
    AfterCommitTimers timers = new AfterCommitTimers(quartz);
    IncidentStore store = timers.around(database.incidents());
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.CONSOLE, chat);
    core = new Core(store, timers, platforms, clock, CoreSettings.defaults());
    bot = new IncidentBot(core);
    TimerFeatures features = TimerFeatures.standard(core).with(recorder);
    fired = new TimerFired(core, features);
    DeliveryDispatcher dispatcher =
        new DeliveryDispatcher(
            database.deliveries(),
            platforms,
            Clock.systemUTC(),
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
    background = new Background(dispatcher, new TimerReconciler(core, features));
  }

  TimersOnPostgres start() {
    quartz.start(fired, background::nudge);
    background.start(Duration.ofMillis(100), java.util.Optional.of(Duration.ofMinutes(5)));
    return this;
  }

  @Override
  public void close() {
    quartz.close();
    background.close();
    database.close();
  }
}
