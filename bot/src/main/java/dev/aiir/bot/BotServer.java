package dev.aiir.bot;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.slack.SlackBot;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot serving its chat platforms: the store and core, Slack, and the HTTP port ({@code
 * /slack/events}, {@code /healthz}), until closed. {@code serve}, the benchmark and the end-to-end
 * tests all start it the same way.
 */
public final class BotServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);
  private final Application application;
  private final SlackBot slack;
  private final HttpServer http;
  private final int port;
  private boolean closed;

  private BotServer(Application application, SlackBot slack, HttpServer http, int port) {
    this.application = application;
    this.slack = slack;
    this.http = http;
    this.port = port;
  }

  /** Starts everything, listening on {@code host} and the settings' port (0: any free one). */
  public static BotServer start(Settings settings, Clock clock, Sleeper sleeper, String host)
      throws Exception {
    if (settings.slack().isEmpty()) {
      throw new ConfigurationException("no platform token is set: set SLACK_BOT_TOKEN");
    }
    SlackBot slack = SlackBot.create(settings.slack().get(), sleeper);
    ChatPlatforms chat = new ChatPlatforms().register(Platform.SLACK, slack.chat());
    Application application = Application.start(settings, clock, chat);
    HttpServer http = new HttpServer();
    try {
      slack.start(application.bot(), http);
      int port = http.start(host, settings.port());
      return new BotServer(application, slack, http, port);
    } catch (Exception | Error e) {
      closeQuietly(http, slack, application);
      throw e;
    }
  }

  /** The HTTP port it listens on. */
  public int port() {
    return port;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      closeQuietly(http, slack, application);
      LOG.info("stopped");
    }
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
