package dev.aiir.bot.app;

import dev.aiir.bot.discord.DiscordBot;
import dev.aiir.bot.discord.DiscordChatPlatform;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.bot.replica.ReplicaRole;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The Discord connection: held through the {@code discord-gateway} role when replicas share the
 * database (only the replica holding it connects; the others stand by), connected at once on SQLite
 * (one process).
 */
record DiscordGateway(ReplicaRole role, DiscordBot direct) implements AutoCloseable {
  static final String GATEWAY_ROLE = "discord-gateway";
  static final Duration ROLE_CHECK_EVERY = Duration.ofSeconds(1);
  static final Duration ROLE_GRACE = Duration.ofSeconds(4);

  static DiscordGateway open(Application app, DiscordSettings discord, DiscordChatPlatform chat) {
    if (!app.database().sharedByReplicas()) {
      return new DiscordGateway(null, DiscordBot.start(discord, app.bot(), chat, app.metrics()));
    }
    ReplicaRole role =
        new ReplicaRole(
            GATEWAY_ROLE,
            app.database().replicaLock(GATEWAY_ROLE),
            ROLE_CHECK_EVERY,
            ROLE_GRACE,
            () -> DiscordBot.start(discord, app.bot(), chat, app.metrics()));
    return new DiscordGateway(role.start(), null);
  }

  /** {@code active} or {@code standby}, for {@code /healthz}. */
  String state() {
    return role == null ? "active" : role.state();
  }

  /** Completes exceptionally when connecting failed for a reason retrying cannot fix. */
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
