package dev.aiir.bot;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.discord.DiscordBot;
import dev.aiir.bot.discord.DiscordChatPlatform;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.bot.http.HealthRoute;
import dev.aiir.bot.http.HealthRoute.Part;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} with a Discord token: connects Discord to one core and store, with {@code /healthz}
 * and {@code /metrics} on {@code PORT}, and runs until the process is told to stop (Ctrl-C,
 * SIGTERM), then lets commands in flight finish. On a database shared by replicas only the replica
 * holding the {@code discord-gateway} role connects to Discord; the others stand by.
 */
final class PlatformServer {
  static final String GATEWAY_ROLE = "discord-gateway";
  static final Duration ROLE_CHECK_EVERY = Duration.ofSeconds(1);
  static final Duration ROLE_GRACE = Duration.ofSeconds(4);
  private static final Logger LOG = LoggerFactory.getLogger(PlatformServer.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(25);

  private PlatformServer() {}

  static int serve(Settings settings, DiscordSettings discord) throws Exception {
    DiscordChatPlatform chat = new DiscordChatPlatform(discord);
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.DISCORD, chat);
    CompletableFuture<Void> stop = new CompletableFuture<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopGently(stop, stopped), "aiir-stop"));
    try (Application app = Application.start(settings, Clock.systemUTC(), platforms);
        HttpServer http = new HttpServer();
        Gateway gateway = Gateway.open(app, discord, chat)) {
      HealthRoute health = app.serveHealthAndMetrics(http);
      health.part("discord_gateway", () -> new Part(gateway.state(), true));
      http.start("0.0.0.0", settings.port());
      LOG.info("serving Discord; stop with Ctrl-C or SIGTERM");
      CompletableFuture.anyOf(stop, gateway.failed()).get();
      LOG.info("stopping");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  /** The JVM exits when its hooks return: wait for the platforms and the store to close first. */
  private static void stopGently(CompletableFuture<Void> stop, CountDownLatch stopped) {
    stop.complete(null);
    try {
      stopped.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The Discord connection: held through the {@code discord-gateway} role when replicas share the
   * database, connected at once on SQLite (one process). {@link BotServer} opens it too when Slack
   * and Discord share one process.
   */
  record Gateway(ReplicaRole role, DiscordBot direct) implements AutoCloseable {
    static Gateway open(Application app, DiscordSettings discord, DiscordChatPlatform chat) {
      if (!app.database().sharedByReplicas()) {
        return new Gateway(null, DiscordBot.start(discord, app.bot(), chat, app.metrics()));
      }
      ReplicaRole role =
          new ReplicaRole(
              GATEWAY_ROLE,
              app.database().replicaLock(GATEWAY_ROLE),
              ROLE_CHECK_EVERY,
              ROLE_GRACE,
              () -> DiscordBot.start(discord, app.bot(), chat, app.metrics()));
      return new Gateway(role.start(), null);
    }

    String state() {
      return role == null ? "active" : role.state();
    }

    CompletableFuture<Void> failed() {
      return role == null ? new CompletableFuture<>() : role.failed();
    }

    @Override
    public void close() {
      if (role != null) {
        role.close();
      } else {
        direct.close();
      }
    }
  }
}
