package dev.aiir.bot.discord;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.runtime.DaemonThreads;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * aiir on Discord: a JDA client over the gateway that registers {@code /incident}, answers its
 * interactions, button presses and forms through the core and records 📌 reactions. Nothing it
 * sends can ping anyone.
 */
public final class DiscordBot implements AutoCloseable {
  /**
   * GUILD_MESSAGE_REACTIONS for pins; MESSAGE_CONTENT (privileged: switch it on in the developer
   * portal) to read pinned messages and history. JDA always adds GUILDS, for the guild and channel
   * caches.
   */
  static final Set<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.MESSAGE_CONTENT);

  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  private static final int WORKERS = 4;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private final JDA jda;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final AnswersInFlight answers;

  private DiscordBot(
      JDA jda, ExecutorService workers, ScheduledExecutorService timer, AnswersInFlight answers) {
    this.jda = jda;
    this.workers = workers;
    this.timer = timer;
    this.answers = answers;
  }

  /** Connects; registration and handling go on in the background. */
  public static DiscordBot start(
      DiscordSettings settings, IncidentBot bot, DiscordChatPlatform chat, BotMetrics metrics) {
    return start(settings, bot, chat, Answering.DEFER_AFTER, metrics);
  }

  /** As {@link #start}, deferring answers the core has not given after {@code deferAfter}. */
  static DiscordBot start(
      DiscordSettings settings,
      IncidentBot bot,
      DiscordChatPlatform chat,
      Duration deferAfter,
      BotMetrics metrics) {
    LOG.info("connecting to Discord with {}", settings);
    // Allowed mentions empty on every message: text the bot repeats can never ping.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    ExecutorService workers =
        Executors.newFixedThreadPool(WORKERS, DaemonThreads.numbered("aiir-discord"));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("aiir-discord-timer"));
    DiscordContexts contexts = new DiscordContexts(settings.adminRoleIds());
    AnswersInFlight answers = new AnswersInFlight();
    Answering answering = new Answering(workers, timer, deferAfter, metrics, answers);
    InteractionResponder responder = new InteractionResponder(answering);
    ChoiceResponder choices = new ChoiceResponder(answering);
    JDABuilder builder =
        JDABuilder.createLight(settings.token(), INTENTS)
            .setEnableShutdownHook(false)
            // Interactions' raw payloads carry the member's role ids, which a detached member
            // (a server outside the cache) cannot list.
            .setEventPassthrough(true)
            .addEventListeners(
                new CommandRegistration(settings.guildId()),
                new SlashCommandListener(bot, contexts, responder),
                new ChoiceListener(bot, contexts, responder, choices),
                new PinReactionListener(bot, contexts, workers));
    settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    settings
        .gatewayUrl()
        .ifPresent(
            url ->
                builder
                    .setSessionController(new FixedGateway(url))
                    .setCompression(Compression.NONE));
    try {
      JDA jda = builder.build();
      chat.attach(jda);
      return new DiscordBot(jda, workers, timer, answers);
    } catch (InvalidTokenException e) {
      workers.shutdownNow();
      timer.shutdownNow();
      throw new ConfigurationException("Discord refused DISCORD_TOKEN; copy the bot token again");
    }
  }

  JDA jda() {
    return jda;
  }

  /** Lets commands in flight finish and send their answers, then disconnects. */
  @Override
  public void close() {
    workers.shutdown();
    try {
      workers.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      answers.await(STOP_TIMEOUT);
      timer.shutdownNow();
      jda.shutdown();
      if (!jda.awaitShutdown(STOP_TIMEOUT)) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
