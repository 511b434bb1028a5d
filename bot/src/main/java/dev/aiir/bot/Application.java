package dev.aiir.bot;

import dev.aiir.bot.config.Settings;
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

/** The wired application: the store opened and migrated, the core built on it. */
final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private final Database database;
  private final IncidentBot bot;

  private Application(Database database, IncidentBot bot) {
    this.database = database;
    this.bot = bot;
  }

  static Application start(Settings settings, Clock clock, ChatPlatforms chat) {
    LOG.info("starting with {}", settings);
    Database database = Database.open(settings.databaseUrl());
    Core core = new Core(database.incidents(), new NoTimers(), chat, clock, settings.core());
    return new Application(database, new IncidentBot(core));
  }

  IncidentBot bot() {
    return bot;
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
