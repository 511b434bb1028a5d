package dev.aiir.bot.app;

import dev.aiir.bot.alerts.AlertWarmUp;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.slack.SlackWarmUp;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.SeverityMap;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.HistoryPage;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.port.Timers;
import dev.aiir.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JIT compilers' head start: right after the port opens, a background pass runs Slack commands
 * through the bot's whole request path (see {@link SlackWarmUp}), so that the first minutes of
 * traffic do not run interpreted code while the compilers catch up. It runs on a throwaway SQLite
 * file in a temporary folder, deleted afterwards, with timers that schedule nothing and a chat
 * platform that posts nothing: the real store and the real workspace never see it.
 */
final class WarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

  /**
   * About what the JIT compilers need to have compiled the command path: on a 2-core machine a few
   * seconds of CPU, spent before or beside the first real commands.
   */
  static final int REQUESTS = 4_000;

  /**
   * Real commands acknowledged after which the warm-up gives way: real traffic warms the compilers
   * by itself from there, and the warm-up would only take CPU from it.
   */
  static final int REAL_COMMANDS = 200;

  private static final int CONNECTIONS = 2;

  /**
   * How long after the port opens the warm-up begins: a restart's first commands, often already
   * waiting, have the CPU without it (its throwaway store's migration alone loaded some 300 classes
   * while the first command was being answered).
   */
  static final Duration AFTER_OPENING = Duration.ofSeconds(1);

  /**
   * Alerts sent after the commands when the configuration routes alerts: a storm's path (half of
   * them declarations, then as many repeats; see {@link AlertWarmUp}), about four seconds of CPU.
   */
  static final int ALERTS = 4_000;

  private static final AlertRoute WARM_UP_ROUTE =
      new AlertRoute(
          "warm-up",
          List.of(),
          new Tenant(Platform.SLACK, "T0WARMUP"),
          "C0WARMUP",
          AlertRoute.Mode.DECLARE,
          SeverityMap.standard(),
          false,
          false,
          Optional.empty());

  private WarmUp() {}

  /**
   * Holds the warm-up back while a real Slack command or alert notification is being answered, so
   * that on a cold JVM the first people's commands, or a storm of alerts, do not share the CPU with
   * it.
   */
  static BooleanSupplier whileAnswering(BotMetrics metrics) {
    return () -> metrics.inFlight("slack") > 0 || metrics.alertNotificationsInFlight() > 0;
  }

  /** Stops the warm-up once the bot has acknowledged {@link #REAL_COMMANDS} real Slack commands. */
  static BooleanSupplier untilBusy(BotMetrics metrics) {
    long before = metrics.acknowledgements("slack");
    return () -> metrics.acknowledgements("slack") - before >= REAL_COMMANDS;
  }

  /** Waits {@code pause} before a warm-up; false when interrupted (then there is none). */
  static boolean waited(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Runs the warm-up until {@code requests} were sent or {@code stop} says so; a failure is logged
   * and ends it, as the bot serves either way.
   */
  static SlackWarmUp.Report run(
      CoreSettings settings, Clock clock, int requests, BooleanSupplier stop) {
    return run(settings, clock, requests, stop, () -> false);
  }

  /** The same, each command held back while {@code holdBack} says so. */
  static SlackWarmUp.Report run(
      CoreSettings settings,
      Clock clock,
      int requests,
      BooleanSupplier stop,
      BooleanSupplier holdBack) {
    return onThrowawayStore(
        new SlackWarmUp.Report(0, 0),
        store -> {
          long started = System.nanoTime();
          SlackWarmUp.Report report =
              SlackWarmUp.run(bot(store, settings, clock), requests, CONNECTIONS, stop, holdBack);
          LOG.info(
              "warmed up: {} of {} commands answered over loopback in {} ms{}",
              report.answered(),
              report.sent(),
              (System.nanoTime() - started) / 1_000_000,
              stop.getAsBoolean() ? ", stopped for real traffic" : "");
          if (takesAlerts(settings) && !stop.getAsBoolean()) {
            alerts(store, settings, clock, ALERTS, stop, holdBack);
          }
          return report;
        });
  }

  /**
   * The alerts' pass ({@link AlertWarmUp}) alone, on a throwaway store of its own: returns how many
   * alerts were answered.
   */
  static int alerts(
      CoreSettings settings,
      Clock clock,
      int requests,
      BooleanSupplier stop,
      BooleanSupplier holdBack) {
    return onThrowawayStore(0, store -> alerts(store, settings, clock, requests, stop, holdBack));
  }

  private static int alerts(
      Database store,
      CoreSettings settings,
      Clock clock,
      int requests,
      BooleanSupplier stop,
      BooleanSupplier holdBack)
      throws Exception {
    long started = System.nanoTime();
    CoreSettings routed =
        settings.withAlerts(new AlertRouting(List.of(), Optional.of(WARM_UP_ROUTE)));
    int answered = AlertWarmUp.run(bot(store, routed, clock), requests, stop, holdBack);
    LOG.info(
        "warmed up: {} alerts answered over loopback in {} ms",
        answered,
        (System.nanoTime() - started) / 1_000_000);
    return answered;
  }

  /** Whether the configuration routes alerts anywhere: only then are they worth warming up. */
  static boolean takesAlerts(CoreSettings settings) {
    return !settings.alerts().routes().isEmpty() || settings.alerts().fallback().isPresent();
  }

  private static IncidentBot bot(Database store, CoreSettings settings, Clock clock) {
    AfterCommitTimers timers = new AfterCommitTimers(new NoTimers());
    ChatPlatforms chat = new ChatPlatforms().register(Platform.SLACK, new SilentChat());
    return new IncidentBot(
        new Core(timers.around(store.incidents()), timers, chat, clock, settings));
  }

  /** Work on a SQLite file in a temporary folder, deleted afterwards; a failure is logged. */
  private static <T> T onThrowawayStore(T failed, StoreWork<T> work) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("aiir-warm-up");
      try (Database throwaway = Database.open("jdbc:sqlite:" + folder.resolve("warm-up.db"))) {
        return work.on(throwaway);
      }
    } catch (Exception e) {
      LOG.warn("the warm-up stopped early; the bot serves as it is", e);
      return failed;
    } finally {
      deleteQuietly(folder);
    }
  }

  private interface StoreWork<T> {
    T on(Database store) throws Exception;
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.debug("the warm-up's temporary folder {} was not deleted", folder, e);
    }
  }

  /** Timers of the throwaway store: none are ever scheduled. */
  private static final class NoTimers implements Timers {
    @Override
    public void schedule(TimerKey key, Instant at) {}

    @Override
    public void cancel(TimerKey key) {}
  }

  /** A chat platform that sends nothing anywhere. */
  static final class SilentChat implements ChatPlatform {
    @Override
    public void post(Tenant tenant, String channelId, Message message) {}

    @Override
    public void directMessage(Tenant tenant, String userId, Message message) {}

    @Override
    public HistoryPage history(Tenant tenant, String channelId, String cursor) {
      return new HistoryPage(List.of(), null);
    }

    @Override
    public void upload(
        Tenant tenant, String channelId, String filename, String content, String comment) {}

    @Override
    public ChatChannel createChannel(Tenant tenant, String name) {
      return new ChatChannel(channelId(name), name);
    }

    private static String channelId(String name) {
      return "C0WARMUP" + Math.abs(name.hashCode());
    }
  }
}
