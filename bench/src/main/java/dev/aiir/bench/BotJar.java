package dev.aiir.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bot's jar is: given, or beside the benchmark's own jar in the build's tree. */
final class BotJar {
  private BotJar() {}

  static String locate(Path given) {
    if (given != null) {
      return existing(given);
    }
    try {
      Path bench =
          Path.of(BotJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // bench/target/aiir-bench.jar -> bot/target/aiir-bot.jar
      Path sibling = bench.toAbsolutePath().getParent().resolve("../../bot/target/aiir-bot.jar");
      if (Files.isRegularFile(sibling)) {
        return sibling.normalize().toString();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // Fall back on the working directory.
    }
    return existing(Path.of("bot/target/aiir-bot.jar"));
  }

  private static String existing(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(
          "no bot jar at " + jar.toAbsolutePath() + ": build it (mvn -B -DskipTests package)");
    }
    return jar.toAbsolutePath().normalize().toString();
  }
}
