package dev.aiir.bot;

import dev.aiir.bot.PlatformServer.Gateway;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.discord.DiscordChatPlatform;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.slack.SlackBot;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot serving its chat platforms: the store and core, Slack (and Discord when given its
 * settings), and the HTTP port ({@code /slack/events}, {@code /healthz}, {@code /metrics}), until
 * closed. {@code serve}, the benchmark and the end-to-end tests all start it the same way.
 */
public final class BotServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);
  private final Application application;
  private final SlackBot slack;
  private final Optional<Gateway> discord;
  private final HttpServer http;
  private final int port;
  private boolean closed;

  private BotServer(
      Application application,
      SlackBot slack,
      Optional<Gateway> discord,
      HttpServer http,
      int port) {
    this.application = application;
    this.slack = slack;
    this.discord = discord;
    this.http = http;
    this.port = port;
  }

  /** Starts everything, listening on {@code host} and the settings' port (0: any free one). */
  public static BotServer start(Settings settings, Clock clock, Sleeper sleeper, String host)
      throws Exception {
    return start(settings, clock, sleeper, host, Optional.empty());
  }

  /**
   * Starts Slack and, when {@code discord} is given, Discord on the same application: one store,
   * one core, one scheduler, one HTTP port.
   */
  static BotServer start(
      Settings settings,
      Clock clock,
      Sleeper sleeper,
      String host,
      Optional<DiscordSettings> discord)
      throws Exception {
    if (settings.slack().isEmpty()) {
      throw new ConfigurationException("no platform token is set: set SLACK_BOT_TOKEN");
    }
    SlackBot slack = SlackBot.create(settings.slack().get(), sleeper);
    ChatPlatforms chat = new ChatPlatforms().register(Platform.SLACK, slack.chat());
    Optional<DiscordChatPlatform> discordChat = discord.map(DiscordChatPlatform::new);
    discordChat.ifPresent(platform -> chat.register(Platform.DISCORD, platform));
    Application application = Application.start(settings, clock, chat);
    HttpServer http = new HttpServer();
    Optional<Gateway> gateway = Optional.empty();
    try {
      HealthRoute health = application.serveHealthAndMetrics(http);
      slack.start(application.bot(), http, application.metrics());
      if (discord.isPresent()) {
        gateway = Optional.of(Gateway.open(application, discord.get(), discordChat.get()));
        Gateway open = gateway.get();
        health.part("discord_gateway", () -> new Part(open.state(), true));
      }
      int port = http.start(host, settings.port());
      return new BotServer(application, slack, gateway, http, port);
    } catch (Exception | Error e) {
      closeQuietly(http, slack, gatewayOrNothing(gateway), application);
      throw e;
    }
  }

  /** The HTTP port it listens on. */
  public int port() {
    return port;
  }

  /** Completes exceptionally when the Discord gateway fails for good; never without Discord. */
  CompletableFuture<Void> failed() {
    return discord.map(Gateway::failed).orElseGet(CompletableFuture::new);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      // The platforms stop taking commands before the store they write to closes.
      closeQuietly(http, slack, gatewayOrNothing(discord), application);
      LOG.info("stopped");
    }
  }

  private static AutoCloseable gatewayOrNothing(Optional<Gateway> gateway) {
    return gateway.<AutoCloseable>map(g -> g).orElse(() -> {});
  }

  private static void closeQuietly(AutoCloseable... parts) {
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("error while stopping {}", part.getClass().getSimpleName(), e);
      }
    }
  }
}
