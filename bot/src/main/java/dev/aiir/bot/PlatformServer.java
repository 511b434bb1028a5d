package dev.aiir.bot;

import dev.aiir.bot.config.Settings;
import dev.aiir.bot.discord.DiscordBot;
import dev.aiir.bot.discord.DiscordChatPlatform;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} with a platform token: connects the platforms to one core and store and runs until
 * the process is told to stop (Ctrl-C, SIGTERM), then lets commands in flight finish.
 */
final class PlatformServer {
  private static final Logger LOG = LoggerFactory.getLogger(PlatformServer.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(25);

  private PlatformServer() {}

  static int serve(Settings settings, DiscordSettings discord) throws InterruptedException {
    DiscordChatPlatform chat = new DiscordChatPlatform(discord);
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.DISCORD, chat);
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopGently(stop, stopped), "aiir-stop"));
    try (Application app = Application.start(settings, Clock.systemUTC(), platforms);
        DiscordBot bot = DiscordBot.start(discord, app.bot(), chat)) {
      LOG.info("serving Discord; stop with Ctrl-C or SIGTERM");
      stop.await();
      LOG.info("stopping");
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  /** The JVM exits when its hooks return: wait for the platforms and the store to close first. */
  private static void stopGently(CountDownLatch stop, CountDownLatch stopped) {
    stop.countDown();
    try {
      stopped.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
