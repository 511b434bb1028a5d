package dev.aiir.bot.discord;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import dev.aiir.db.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The real JDA client and the core on SQLite, wired as {@code serve} wires them, against the fake
 * Discord: the settings come from the same environment variables an operator sets.
 */
final class DiscordHarness implements AutoCloseable {
  static final String TOKEN = "fake-bot-token-never-logged";
  static final Tenant TENANT = new Tenant(Platform.DISCORD, DiscordJson.GUILD_ID);
  private static final AtomicInteger TOKENS = new AtomicInteger();

  final FakeDiscord discord;
  final LogWatch logs = new LogWatch();
  final Database database;
  final DiscordChatPlatform chat;
  final DiscordBot client;

  /** What the bot answered to one interaction. */
  record Answer(boolean deferred, boolean ephemeral, String text, Map<String, String> files) {}

  DiscordHarness(Path dir, MutableClock clock) throws Exception {
    this(dir, clock, Answering.DEFER_AFTER, UnaryOperator.identity(), true);
  }

  DiscordHarness(
      Path dir, MutableClock clock, Duration deferAfter, UnaryOperator<IncidentStore> store)
      throws Exception {
    this(dir, clock, deferAfter, store, true);
  }

  /**
   * With a shorter wait before deferring, the store wrapped (to make it slow, say), and the command
   * registered in the guild or globally.
   */
  DiscordHarness(
      Path dir,
      MutableClock clock,
      Duration deferAfter,
      UnaryOperator<IncidentStore> store,
      boolean inGuild)
      throws Exception {
    this(dir, clock, deferAfter, store, inGuild, CoreSettings.defaults(), true);
  }

  /**
   * A bot whose cache holds no server (installed with the applications.commands scope only), so
   * every command comes from a detached guild; /incident is registered globally.
   */
  static DiscordHarness outsideTheCache(Path dir, MutableClock clock) throws Exception {
    return outsideTheCache(dir, clock, CoreSettings.defaults());
  }

  static DiscordHarness outsideTheCache(Path dir, MutableClock clock, CoreSettings settings)
      throws Exception {
    return new DiscordHarness(
        dir, clock, Answering.DEFER_AFTER, UnaryOperator.identity(), false, settings, false);
  }

  /** With the core's settings (nudges, incident channels) as a test needs them. */
  DiscordHarness(Path dir, MutableClock clock, CoreSettings settings) throws Exception {
    this(dir, clock, Answering.DEFER_AFTER, UnaryOperator.identity(), true, settings, true);
  }

  private DiscordHarness(
      Path dir,
      MutableClock clock,
      Duration deferAfter,
      UnaryOperator<IncidentStore> store,
      boolean inGuild,
      CoreSettings coreSettings,
      boolean guildLoaded)
      throws Exception {
    discord = new FakeDiscord(guildLoaded);
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", TOKEN);
    env.put("DISCORD_API_URL", discord.restUrl());
    env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
    env.put("AIIR_DISCORD_ADMIN_ROLES", DiscordJson.ADMIN_ROLE_ID);
    if (inGuild) {
      env.put("AIIR_DISCORD_GUILD", DiscordJson.GUILD_ID);
    }
    DiscordSettings settings = DiscordSettings.fromEnvironment(env).orElseThrow();
    database = Database.open("jdbc:sqlite:" + dir.resolve("discord.db"));
    chat = new DiscordChatPlatform(settings);
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.DISCORD, chat);
    IncidentBot bot =
        new IncidentBot(
            new Core(
                store.apply(database.incidents()),
                new RecordingTimers(),
                platforms,
                clock,
                coreSettings));
    client = DiscordBot.start(settings, bot, chat, deferAfter, new BotMetrics());
    discord.await(call -> call.is("PUT", "applications/\\d+(/guilds/\\d+)?/commands"));
  }

  /** Sends one interaction and waits (bounded) for its answer, deferred or not. */
  Answer run(DiscordJson.Person who, Slash command) {
    return run(who, DiscordJson.CHANNEL_ID, command);
  }

  Answer run(DiscordJson.Person who, String channelId, Slash command) {
    String token = "interaction-token-" + TOKENS.incrementAndGet();
    String id = DiscordJson.snowflake();
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            DiscordJson.interaction(
                id, token, who, channelId, command.options(), command.resolved()));
    RestCall callback =
        discord.await(c -> c.is("POST", "interactions/" + id + "/" + token + "/callback"));
    if (callback.body().getInt("type") == 4) {
      return new Answer(false, callback.ephemeral(), callback.text(), callback.files());
    }
    RestCall finish =
        discord.await(
            c ->
                c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original")
                    || c.is("POST", "webhooks/\\d+/" + token));
    return new Answer(true, finish.ephemeral(), finish.text(), finish.files());
  }

  /** One interaction sent, and the first response the bot gave it. */
  record Sent(String id, String token, RestCall callback) {
    /** The callback's kind: 4 message, 5 deferred, 6 deferred edit, 7 edit, 9 modal. */
    int type() {
      return callback.body().getInt("type");
    }

    /** The callback's payload (a message, an edit or a modal). */
    DataObject data() {
      return callback.body().getObject("data");
    }
  }

  /** Presses the button {@code customId} on {@code message} and waits for the first response. */
  Sent press(DiscordJson.Person who, DataObject message, String id) {
    return send((interaction, token) -> DiscordJson.press(interaction, token, who, message, id));
  }

  /** Presses a button with {@code id} on a message in the bot's direct message with {@code who}. */
  Sent pressInDirectMessage(DiscordJson.Person who, String dmChannelId, String id) {
    return send(
        (interaction, token) ->
            DiscordJson.pressInDirectMessage(interaction, token, who, dmChannelId, id));
  }

  /** Submits a form opened from a button in the bot's direct message with {@code who}. */
  Sent submitInDirectMessage(
      DiscordJson.Person who, String dmChannelId, String formId, Map<String, String> texts) {
    return send(
        (interaction, token) ->
            DiscordJson.submitInDirectMessage(interaction, token, who, dmChannelId, formId, texts));
  }

  /** Submits form {@code formId} with these answers, opened from {@code message} (or null). */
  Sent submit(
      DiscordJson.Person who,
      String formId,
      Map<String, String> texts,
      Map<String, String> picks,
      DataObject message) {
    String channelId = message == null ? DiscordJson.CHANNEL_ID : message.getString("channel_id");
    return send(
        (interaction, token) ->
            DiscordJson.submit(interaction, token, who, channelId, formId, texts, picks, message));
  }

  /** Sends a slash command and returns its first response as it is, a form included. */
  Sent slash(DiscordJson.Person who, Slash command) {
    return send(
        (interaction, token) ->
            DiscordJson.interaction(
                interaction,
                token,
                who,
                DiscordJson.CHANNEL_ID,
                command.options(),
                command.resolved()));
  }

  private Sent send(BiFunction<String, String, DataObject> payload) {
    String token = "interaction-token-" + TOKENS.incrementAndGet();
    String id = DiscordJson.snowflake();
    discord.gateway().dispatch("INTERACTION_CREATE", payload.apply(id, token));
    RestCall callback =
        discord.await(c -> c.is("POST", "interactions/" + id + "/" + token + "/callback"));
    return new Sent(id, token, callback);
  }

  /** The first follow-up message sent after the interaction's response. */
  RestCall followUp(Sent sent) {
    return discord.await(c -> c.is("POST", "webhooks/\\d+/" + sent.token()));
  }

  /** Disconnects, then fails if anything logged a warning or an error, teardown included. */
  @Override
  public void close() throws Exception {
    try {
      client.close();
    } finally {
      database.close();
      discord.close();
      logs.close();
    }
    List<String> problems = logs.problems();
    if (!problems.isEmpty()) {
      throw new AssertionError("warnings or errors were logged: " + problems);
    }
    if (logs.lines().stream().anyMatch(line -> line.contains(TOKEN))) {
      throw new AssertionError("the bot token was logged");
    }
  }

  static Duration waitLimit() {
    return FakeDiscord.WAIT;
  }
}
