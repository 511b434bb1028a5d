package dev.aiir.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.SlackSettings;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.runtime.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * aiir on Slack through Bolt: the chat platform the core posts with, and the Bolt app that feeds
 * {@code /incident}, presses of its buttons, submissions of its forms and :pushpin: reactions to
 * the core, over Socket Mode when an app-level token is set and otherwise over signed HTTP on the
 * bot's port. Built in two steps because the core needs the chat platform before the app can be
 * given the core.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
  static final Duration ACK_BUDGET = Duration.ofMillis(2000);
  private static final Pattern INTERACTIONS =
      Pattern.compile("^" + Pattern.quote(ChoiceId.PREFIX) + ".*");
  // Commands share one store that takes one transaction at a time, so a few threads keep it busy;
  // more would only queue there. Slow work (history, uploads, pins) has its own threads.
  private static final int COMMAND_THREADS = 4;
  private static final int BACKGROUND_THREADS = 8;
  private final SlackSettings settings;
  private final CompletableFuture<SlackConnection> connection;
  private final SlackChatPlatform chat;
  private final SlackApi api;
  private final ExecutorService commands =
      Executors.newFixedThreadPool(COMMAND_THREADS, DaemonThreads.numbered("slack-command"));
  private final ExecutorService background =
      Executors.newFixedThreadPool(BACKGROUND_THREADS, DaemonThreads.numbered("slack-background"));
  private App app;
  private SocketModeApp socketMode;

  private SlackBot(
      SlackSettings settings,
      CompletableFuture<SlackConnection> connection,
      SlackApi api,
      Sleeper sleeper) {
    this.settings = settings;
    this.connection = connection;
    this.api = api;
    this.chat =
        new SlackChatPlatform(
            api, new ChannelPacer(Clock.systemUTC(), sleeper, ChannelPacer.SLACK_INTERVAL));
  }

  /**
   * The Web API client for the bot token, at {@code SLACK_API_URL} when set, and the Bolt app,
   * connecting in the background until {@link #start}. A message sent before then waits for it.
   */
  public static SlackBot create(SlackSettings settings, Sleeper sleeper) {
    CompletableFuture<SlackConnection> connection = SlackConnection.connect(settings);
    SlackApi api = new SlackApi(() -> connection.join().methods(), sleeper);
    return new SlackBot(settings, connection, api, sleeper);
  }

  public ChatPlatform chat() {
    return chat;
  }

  /**
   * Starts the Bolt app on the core: checks the token ({@code auth.test}), then connects Socket
   * Mode or adds {@code POST /slack/events} to {@code http}.
   */
  public void start(IncidentBot bot, HttpServer http, BotMetrics metrics) throws Exception {
    try {
      app = connection.join().app();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IllegalArgumentException refused) {
        throw new ConfigurationException(
            "Slack could not be reached or refused SLACK_BOT_TOKEN (auth.test): "
                + refused.getMessage());
      }
      throw e;
    }
    SlackContexts contexts =
        new SlackContexts(
            new SlackAdmins(
                settings.admins(), settings.adminGroup(), api, Clock.systemUTC(), background));
    FormOpener forms = new FormOpener(api);
    PrivateAnswers privately = new PrivateAnswers(api, chat);
    ChoicePresses presses = new ChoicePresses(api, chat, privately);
    AckBudget budget = new AckBudget(commands, background, ACK_BUDGET);
    app.command(
        "/incident",
        new IncidentSlashCommand(bot, contexts, chat, forms, privately, budget, metrics));
    // Buttons and forms share the events URL with the command; only ids of ours are routed here.
    app.blockAction(INTERACTIONS, new ButtonPresses(bot, contexts, forms, presses, budget));
    app.viewSubmission(INTERACTIONS, new FormSubmissions(bot, contexts, presses, budget));
    ReactionPins pins = new ReactionPins(bot, contexts, chat, background);
    app.event(ReactionAddedEvent.class, pins::added);
    app.event(ReactionRemovedEvent.class, pins::removed);
    if (settings.socketMode()) {
      socketMode =
          new SocketModeApp(settings.appToken().get(), app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
      LOG.info("Slack connected over Socket Mode");
    } else {
      http.post("/slack/events", new SlackEventsRoute(app, settings.signingSecret().get()));
      LOG.info("Slack events accepted at POST /slack/events");
    }
  }

  @Override
  public void close() throws Exception {
    if (socketMode != null) {
      socketMode.close();
    }
    // Still connecting (start-up failed elsewhere): the connection closes once made.
    connection.whenComplete(
        (made, failure) -> {
          if (made != null) {
            made.close();
          }
        });
    for (ExecutorService pool : List.of(commands, background)) {
      pool.shutdown();
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    }
  }
}
