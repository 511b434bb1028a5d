package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.replica.ReplicaRole;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import dev.aiir.db.Database;
import dev.aiir.db.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas on one PostgreSQL database and one (fake) Discord: exactly one holds the gateway
 * connection, and the standby connects within seconds once the holder stops or loses its hold.
 */
class DiscordGatewayHandOverTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Duration CHECK_EVERY = Duration.ofMillis(100);
  private static final Duration GRACE = Duration.ofMillis(300);
  // Generous: a hand-over takes about a second, but CI machines stall (the wait ends when it
  // holds).
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private FakeDiscord discord;
  private String url;
  private Replica first;
  private Replica second;

  @BeforeEach
  void startTwoReplicas() throws Exception {
    discord = new FakeDiscord();
    url = POSTGRES.newDatabase();
    first = new Replica(url, discord);
    await().atMost(WITHIN).until(() -> first.connected());
    second = new Replica(url, discord);
  }

  @AfterEach
  void stopThem() throws Exception {
    second.close();
    first.close();
    discord.close();
  }

  @Test
  void theStandbyConnectsAfterTheHolderStops() {
    await().during(GRACE.multipliedBy(3)).atMost(WITHIN).until(() -> !second.connected());
    assertThat(discord.gateway().connected()).isEqualTo(1);
    // Reminders for Discord are sent by the holder; the standby leaves them alone.
    assertThat(first.platforms.platforms()).containsExactly(Platform.DISCORD);
    assertThat(second.platforms.platforms()).isEmpty();
    assertThat(declare("GPU OOM")).contains("AI-IR-2026-001");

    first.close();

    await().atMost(WITHIN).until(() -> second.connected());
    assertThat(first.role.state()).isEqualTo("standby");
    assertThat(second.platforms.platforms()).containsExactly(Platform.DISCORD);
    assertThat(discord.gateway().connected()).isEqualTo(1);
    assertThat(declare("Drift after the hand-over")).contains("AI-IR-2026-002");
  }

  @Test
  void aHolderThatLosesItsDatabaseSessionDisconnectsAndTheStandbyTakesOver() throws Exception {
    endSessionsOf("aiir lock " + "discord-gateway");

    await().atMost(WITHIN).until(() -> second.connected() && !first.connected());
    await().atMost(WITHIN).until(() -> discord.gateway().connected() == 1);
    assertThat(declare("GPU OOM")).contains("AI-IR-2026-001");
  }

  /** Declares through whichever replica holds the gateway and returns the answer's text. */
  private String declare(String title) {
    String id = DiscordJson.snowflake();
    String token = "hand-over-" + id;
    discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            DiscordJson.interaction(
                id,
                token,
                DiscordJson.MAYA,
                DiscordJson.CHANNEL_ID,
                Slash.of("declare").with("title", title).options(),
                null));
    return discord
        .await(c -> c.is("POST", "interactions/" + id + "/" + token + "/callback"))
        .text();
  }

  /** As when the holder's link to the database breaks: the server ends its sessions. */
  private void endSessionsOf(String applicationName) throws SQLException {
    try (Connection admin = DriverManager.getConnection(url);
        Statement statement = admin.createStatement()) {
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
              + applicationName
              + "' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory')");
    }
  }

  /** One replica: its own store, core and Discord client, contending for the gateway role. */
  private static final class Replica implements AutoCloseable {
    final Database database;
    final ChatPlatforms platforms;
    final ReplicaRole role;
    private volatile DiscordBot client;
    private boolean closed;

    Replica(String url, FakeDiscord discord) {
      DiscordSettings settings =
          DiscordSettings.fromEnvironment(
                  Map.of(
                      "DISCORD_TOKEN",
                      DiscordHarness.TOKEN,
                      "DISCORD_API_URL",
                      discord.restUrl(),
                      "DISCORD_GATEWAY_URL",
                      discord.gatewayUrl(),
                      "AIIR_DISCORD_GUILD",
                      DiscordJson.GUILD_ID))
              .orElseThrow();
      database = Database.open(url);
      DiscordChatPlatform chat = new DiscordChatPlatform(settings);
      platforms = new ChatPlatforms().register(Platform.DISCORD, chat);
      MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
      Core core =
          new Core(
              database.incidents(),
              new RecordingTimers(),
              platforms,
              clock,
              CoreSettings.defaults());
      IncidentBot bot = new IncidentBot(core);
      role =
          new ReplicaRole(
                  "discord-gateway",
                  database.replicaLock("discord-gateway"),
                  CHECK_EVERY,
                  GRACE,
                  () -> {
                    client = DiscordBot.start(settings, bot, chat, new BotMetrics());
                    return client;
                  })
              .start();
    }

    /** Holds the role and its client is connected to the gateway. */
    boolean connected() {
      DiscordBot current = client;
      return role.state().equals("active")
          && current != null
          && current.jda().getStatus() == JDA.Status.CONNECTED;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        role.close();
        database.close();
      }
    }
  }
}
