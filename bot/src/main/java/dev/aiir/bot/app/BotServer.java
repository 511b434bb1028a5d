package dev.aiir.bot.app;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.aiir.bot.alerts.AlertEndpoints;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.discord.DiscordChatPlatform;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.page.IncidentPages;
import dev.aiir.bot.slack.SlackBot;
import dev.aiir.bot.slack.SlackWarmUp;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.bot.trackers.TrackerWebhooks;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.runtime.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot serving its chat platforms: the store and core, Slack when its settings are given,
 * Discord when its settings are given (both on one application when both are: one store, one core,
 * one scheduler), and the HTTP port ({@code /slack/events} for Slack over HTTP, {@code /healthz},
 * {@code /metrics}, {@code /alerts/...} for each configured source of alerts, {@code
 * /exports/.../webhook} for each tracker with a webhook secret, and the incident page {@code
 * /incidents} when configured), until closed. {@code serve}, the benchmarks and the end-to-end
 * tests all start it the same way.
 */
public final class BotServer implements AutoCloseable {
  /**
   * How long after the port opens the timers' reconciliation waits for the first command to be
   * acknowledged, at most (see {@link #reconcileAfterTheFirstCommand}).
   */
  public static final Duration FIRST_COMMAND_HEAD_START = Duration.ofMillis(500);

  private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);
  private final Application application;
  private final List<AutoCloseable> platforms;
  private final Optional<DiscordGateway> discord;
  private final HttpServer http;
  private final int port;
  private final CompletableFuture<SlackWarmUp.Report> warmedUp;
  private boolean closed;

  private BotServer(
      Application application,
      List<AutoCloseable> platforms,
      Optional<DiscordGateway> discord,
      HttpServer http,
      int port,
      CompletableFuture<SlackWarmUp.Report> warmedUp) {
    this.application = application;
    this.platforms = platforms;
    this.discord = discord;
    this.http = http;
    this.port = port;
    this.warmedUp = warmedUp;
  }

  /** Starts Slack alone, listening on {@code host} and the settings' port (0: any free one). */
  public static BotServer start(Settings settings, Clock clock, Sleeper sleeper, String host)
      throws Exception {
    return start(settings, Optional.empty(), clock, sleeper, host);
  }

  /**
   * Starts every platform that is configured: Slack when {@code settings} has its token, Discord
   * when {@code discord} is given; at least one must be.
   */
  public static BotServer start(
      Settings settings,
      Optional<DiscordSettings> discord,
      Clock clock,
      Sleeper sleeper,
      String host)
      throws Exception {
    return start(settings, discord, clock, sleeper, host, WarmUpPlan.NONE, Duration.ZERO);
  }

  /**
   * Starts every platform that is configured, and once the port is open warms the Slack command
   * path up in the background as {@code warmUp} says (Slack only; a throwaway store, nothing
   * posted), the timers' reconciliation waiting up to {@code headStart} for the first command to be
   * acknowledged ({@link #FIRST_COMMAND_HEAD_START} for {@code serve}; zero: it begins at once).
   */
  public static BotServer start(
      Settings settings,
      Optional<DiscordSettings> discord,
      Clock clock,
      Sleeper sleeper,
      String host,
      WarmUpPlan warmUp,
      Duration headStart)
      throws Exception {
    if (settings.slack().isEmpty() && discord.isEmpty()) {
      throw new ConfigurationException(
          "no platform token is set: set SLACK_BOT_TOKEN or DISCORD_TOKEN");
    }
    // Slack connects, and the HTTP port is bound (its connections held until ready), while the
    // store opens.
    Optional<SlackBot> slack = settings.slack().map(s -> SlackBot.create(s, sleeper));
    ChatPlatforms chat = new ChatPlatforms();
    slack.ifPresent(bot -> chat.register(Platform.SLACK, bot.chat()));
    Optional<DiscordChatPlatform> discordChat = discord.map(DiscordChatPlatform::new);
    discordChat.ifPresent(platform -> chat.register(Platform.DISCORD, platform));
    HttpServer http = new HttpServer();
    CompletableFuture<Integer> listening = http.startClosed(host, settings.port());
    List<AutoCloseable> started = new ArrayList<>();
    slack.ifPresent(started::add);
    Application application;
    try {
      application = Application.open(settings, clock, chat);
    } catch (RuntimeException | Error e) {
      closeQuietly(http, started, null);
      throw e;
    }
    Optional<DiscordGateway> gateway = Optional.empty();
    try {
      HealthRoute health = application.serveHealthAndMetrics(http);
      AlertEndpoints.serve(
          http, settings.alertSources(), application.bot(), application.metrics(), clock);
      IncidentPages.serve(
          http, application.insights(), settings.page(), settings.core().insights().publicUrl());
      TrackerWebhooks.serve(http, settings.exportTargets(), application.bot(), clock);
      if (slack.isPresent()) {
        slack.get().start(application.bot(), http, application.metrics());
      }
      if (discord.isPresent()) {
        DiscordGateway open = DiscordGateway.open(application, discord.get(), discordChat.get());
        gateway = Optional.of(open);
        started.add(open);
        health.part("discord_gateway", () -> new Part(open.state(), true));
      }
      int port = port(listening);
      http.open();
      reconcileAfterTheFirstCommand(application, headStart);
      CompletableFuture<SlackWarmUp.Report> warmedUp = new CompletableFuture<>();
      if (slack.isPresent() && warmUp.requests() > 0) {
        DaemonThreads.named("warm-up-slack")
            .newThread(
                () ->
                    warmedUp.complete(
                        WarmUp.waited(warmUp.after())
                            ? WarmUp.run(
                                settings.core(),
                                clock,
                                warmUp.requests(),
                                WarmUp.untilBusy(application.metrics()),
                                WarmUp.whileAnswering(application.metrics()))
                            : new SlackWarmUp.Report(0, 0)))
            .start();
      } else {
        warmedUp.complete(new SlackWarmUp.Report(0, 0));
      }
      startUpOver(application, warmedUp).thenRun(application::fillConnectionPools);
      return new BotServer(application, List.copyOf(started), gateway, http, port, warmedUp);
    } catch (Exception | Error e) {
      closeQuietly(http, started, application);
      throw e;
    }
  }

  /**
   * Commands are served from here on. The first one after a restart (during an incident, when it
   * counts) gets the CPU the start-up had, and the timers' reconciliation, which only catches what
   * a crash between a commit and its timer lost, the CPU after it: it begins once a command has
   * been acknowledged, or {@code headStart} after the port opened when none comes.
   */
  private static void reconcileAfterTheFirstCommand(Application application, Duration headStart) {
    if (headStart.isZero()) {
      application.reconcileInBackground();
      return;
    }
    CompletableFuture<Void> waited =
        new CompletableFuture<Void>().completeOnTimeout(null, headStart.toMillis(), MILLISECONDS);
    application
        .metrics()
        .firstAcknowledgement()
        .applyToEither(waited, ignored -> null)
        .thenRunAsync(application::reconcileInBackground);
  }

  private static int port(CompletableFuture<Integer> listening) throws Exception {
    try {
      return listening.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** The HTTP port it listens on. */
  public int port() {
    return port;
  }

  /** Start-up's reconciliation of the timers, once done (see {@link Application#reconciled}). */
  public CompletableFuture<Reconciliation> reconciled() {
    return application.reconciled();
  }

  /** Completes with how the warm-up went once it is over (at once when there is none). */
  public CompletableFuture<SlackWarmUp.Report> warmedUp() {
    return warmedUp;
  }

  /**
   * Once start-up's background work (the timers' reconciliation, the warm-up) is over, gives its
   * transient memory back at a quiet moment (see {@link StartUpCompaction}): what {@code serve}
   * does; tests and benchmarks that start many servers in one JVM do not.
   */
  public void compactAfterStartUp() {
    StartUpCompaction.after(startUpOver(application, warmedUp), application.metrics());
  }

  /** Completes once start-up's background work is over: the timers' reconciliation, the warm-up. */
  private static CompletableFuture<Void> startUpOver(
      Application application, CompletableFuture<SlackWarmUp.Report> warmedUp) {
    return CompletableFuture.allOf(application.reconciled(), warmedUp);
  }

  /** Completes exceptionally when the Discord gateway fails for good; never without Discord. */
  public CompletableFuture<Void> failed() {
    return discord.map(DiscordGateway::failed).orElseGet(CompletableFuture::new);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      // The platforms stop taking commands before the store they write to closes.
      closeQuietly(http, platforms, application);
      LOG.info("stopped");
    }
  }

  private static void closeQuietly(
      HttpServer http, List<AutoCloseable> platforms, Application application) {
    List<AutoCloseable> parts = new ArrayList<>();
    parts.add(http);
    parts.addAll(platforms);
    if (application != null) {
      parts.add(application);
    }
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("error while stopping {}", part.getClass().getSimpleName(), e);
      }
    }
  }
}
