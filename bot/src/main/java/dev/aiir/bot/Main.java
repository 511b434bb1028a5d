package dev.aiir.bot;

import dev.aiir.bot.bench.TimerBenchmark;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.console.ConsoleChatPlatform;
import dev.aiir.bot.console.ConsoleSession;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.db.Database;
import dev.aiir.db.MigrationResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar aiir-bot.jar [serve|console|migrate|bench]}: serve starts every platform whose
 * token is set, or the console when none is.
 */
@Command(
    name = "aiir-bot",
    mixinStandardHelpOptions = true,
    version = "aiir 0.1.0",
    description = "ChatOps bot for AI incident response.",
    subcommands = {Main.Serve.class, Main.Console.class, Main.Migrate.class, Main.Bench.class})
public final class Main implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof ConfigurationException) {
            cl.getErr().println("aiir: " + e.getMessage());
            return 2;
          }
          LOG.error("aiir stopped on an error", e);
          cl.getErr().println("aiir: stopped on an error: " + e.getClass().getSimpleName());
          return 1;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    return new Serve().call();
  }

  static Settings settings() {
    return Settings.fromEnvironment(System.getenv());
  }

  @Command(name = "serve", description = "Start every platform whose token is set, or the console.")
  static final class Serve implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      Settings settings = settings();
      if (settings.anyPlatformToken()) {
        throw new ConfigurationException(
            "this build has no Slack or Discord adapter yet; unset SLACK_BOT_TOKEN and"
                + " DISCORD_TOKEN to run the console");
      }
      return new Console().call();
    }
  }

  @Command(name = "console", description = "Read /incident lines from standard input.")
  static final class Console implements Callable<Integer> {
    @picocli.CommandLine.Option(
        names = "--stay",
        description =
            "Keep running after the end of input, so timers fire (drills); stop with Ctrl-C.")
    boolean stay;

    @Override
    public Integer call() throws Exception {
      Settings settings = settings();
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      ChatPlatforms chat =
          new ChatPlatforms().register(Platform.CONSOLE, new ConsoleChatPlatform(out));
      try (Application app = Application.start(settings, Clock.systemUTC(), chat)) {
        new ConsoleSession(app.bot(), settings.consoleUser(), settings.consoleChannel())
            .run(in, out, System.console() != null);
        if (stay) {
          stayUntilStopped(app);
        }
      }
      return 0;
    }
  }

  /** Blocks until the process is stopped, then closes the application (the timers) cleanly. */
  private static void stayUntilStopped(Application app) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  @Command(
      name = "bench",
      description = "Benchmarks (not tests).",
      subcommands = {TimerBenchmark.class})
  static final class Bench implements Callable<Integer> {
    @Override
    public Integer call() {
      System.err.println("aiir: say which benchmark: bench timers");
      return 2;
    }
  }

  @Command(name = "migrate", description = "Create or update the database schema, then exit.")
  static final class Migrate implements Callable<Integer> {
    @Override
    public Integer call() {
      MigrationResult result = Database.migrate(settings().databaseUrl());
      System.out.println(
          "aiir: schema at version "
              + result.schemaVersion()
              + " ("
              + result.applied()
              + " migrations applied)");
      return 0;
    }
  }
}
