package dev.aiir.bot.discord;

import dev.aiir.commands.Core;
import dev.aiir.commands.CoreSettings;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
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
import java.util.function.UnaryOperator;

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
    this(dir, clock, InteractionResponder.DEFER_AFTER, UnaryOperator.identity(), true);
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
    discord = new FakeDiscord();
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
                CoreSettings.defaults()));
    client = DiscordBot.start(settings, bot, chat, deferAfter);
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
