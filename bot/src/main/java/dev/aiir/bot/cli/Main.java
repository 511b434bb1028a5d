package dev.aiir.bot.cli;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.app.ArchiveDump;
import dev.aiir.bot.app.ArchivedStart;
import dev.aiir.bot.app.BotServer;
import dev.aiir.bot.app.QuickCompilation;
import dev.aiir.bot.app.WarmUpPlan;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.LoggingSetUp;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.console.ConsoleChatPlatform;
import dev.aiir.bot.console.ConsoleChoices;
import dev.aiir.bot.console.ConsoleSession;
import dev.aiir.bot.discord.DiscordSettings;
import dev.aiir.bot.offline.ExportException;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.runtime.DaemonThreads;
import dev.aiir.db.Database;
import dev.aiir.db.MigrationResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar aiir-bot.jar [serve|console|migrate|draft|export|report|check-config]}: serve
 * starts every platform whose token is set, or the console when none is.
 */
@Command(
    name = "aiir-bot",
    mixinStandardHelpOptions = true,
    version = "aiir 0.1.0",
    description = "ChatOps bot for AI incident response.",
    subcommands = {
      Main.Serve.class,
      Main.Console.class,
      Main.Migrate.class,
      DraftCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      CheckConfigCommand.class
    })
public final class Main implements Callable<Integer> {
  /**
   * Not a constant: building it starts logging (a sixth of a second), which would come before the
   * quick compilation is asked for, on the start's one critical thread.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(Main.class);
  }

  public static void main(String[] args) {
    if (servesPlainly(args)) {
      ArchivedStart.relaunchIfArchived();
      System.exit(serve());
    }
    System.exit(run(args));
  }

  /** No arguments, or {@code serve} alone: the bot's usual start, with nothing to parse. */
  static boolean servesPlainly(String... args) {
    return args.length == 0 || (args.length == 1 && args[0].equals("serve"));
  }

  /**
   * Serves without building picocli's model of every command and option first: a fifth of a second
   * of every start, on the way to the first acknowledged command.
   */
  private static int serve() {
    try {
      return new Serve().call();
    } catch (Exception e) {
      return stoppedOn(e, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }
  }

  static int run(String... args) {
    return run(Main::settings, args);
  }

  /** Runs with {@code settings} read when a command needs them (from the environment in a jar). */
  static int run(Supplier<Settings> settings, String... args) {
    CommandLine commandLine = new CommandLine(new Main(), new Factory(settings));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> stoppedOn(e, cl.getErr()));
    return commandLine.execute(args);
  }

  /** A command that threw: one line for its user, the detail in the log; the exit code. */
  private static int stoppedOn(Exception e, PrintWriter err) {
    if (e instanceof ConfigurationException || e instanceof ExportException) {
      err.println("aiir: " + e.getMessage());
      return 2;
    }
    log().error("aiir stopped on an error", e);
    err.println("aiir: stopped on an error: " + e.getClass().getSimpleName());
    return 1;
  }

  @Override
  public Integer call() throws Exception {
    return new Serve().call();
  }

  /** Builds the commands that are given their settings; picocli builds the rest. */
  private record Factory(Supplier<Settings> settings) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == DraftCommand.class) {
        return type.cast(new DraftCommand(settings));
      }
      if (type == ExportCommand.class) {
        return type.cast(new ExportCommand(settings));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(settings, Clock.systemUTC()));
      }
      if (type == CheckConfigCommand.class) {
        return type.cast(new CheckConfigCommand(settings));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  static Settings settings() {
    return Settings.fromEnvironment(System.getenv());
  }

  @Command(
      name = "serve",
      description =
          "Start Slack when SLACK_BOT_TOKEN is set and Discord when DISCORD_TOKEN is set (both in"
              + " one process when both are), or else the console.")
  static final class Serve implements Callable<Integer> {
    /** How long the shutdown hook lets commands in flight finish and the store close. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);

    @Override
    public Integer call() throws Exception {
      Settings settings = settings();
      Optional<DiscordSettings> discord = DiscordSettings.fromEnvironment(System.getenv());
      if (settings.slack().isEmpty() && discord.isEmpty()) {
        ArchivedStart.cameUp();
        return new Console().call();
      }
      boolean archives = ArchivedStart.wanted(System.getenv());
      // First: the sooner it is in, the less start-up code the optimizing compiler takes (see
      // QuickCompilation); the console this falls back to is left to the JVM.
      if (QuickCompilation.wanted(System.getenv())) {
        DaemonThreads.named("aiir-compilation").newThread(QuickCompilation::apply).start();
      }
      LoggingSetUp.beside();
      if (archives) {
        DaemonThreads.named("aiir-archive").newThread(ArchivedStart::report).start();
      }
      DaemonThreads.named("aiir-store-prepare")
          .newThread(() -> Database.prepare(settings.databaseUrl()))
          .start();
      WarmUpPlan warmUp = WarmUpPlan.fromEnvironment(System.getenv());
      CompletableFuture<Void> stop = new CompletableFuture<>();
      CountDownLatch stopped = new CountDownLatch(1);
      boolean served = false;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stopGently(stop, stopped), "aiir-stop"));
      try (BotServer server =
          BotServer.start(
              settings,
              discord,
              Clock.systemUTC(),
              Sleeper.REAL,
              "0.0.0.0",
              warmUp,
              BotServer.FIRST_COMMAND_HEAD_START)) {
        served = true;
        server.compactAfterStartUp();
        ProcessHandle.Info process = ProcessHandle.current().info();
        log()
            .info(
                "serving on port {}, {} ms after the process started ({} ms of CPU); stop with Ctrl-C"
                    + " or SIGTERM",
                server.port(),
                process
                    .startInstant()
                    .map(s -> Duration.between(s, Instant.now()).toMillis())
                    .orElse(-1L),
                process.totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        // A Discord gateway that fails for good ends the process.
        CompletableFuture.anyOf(stop, server.failed()).get();
        log().info("stopping");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      } finally {
        // The server is closed by now: the archive's writing takes no command's time.
        if (archives) {
          ArchivedStart.cameUp();
        }
        if (served && archives) {
          ArchiveDump.writeForNextStart();
        }
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
      ConsoleChoices options = new ConsoleChoices();
      ChatPlatforms chat =
          new ChatPlatforms().register(Platform.CONSOLE, new ConsoleChatPlatform(out, options));
      // The console has no channels to create: incidents stay in the console's one channel.
      Settings console = settings.withCore(settings.core().withIncidentChannels(false));
      try (Application app = Application.start(console, Clock.systemUTC(), chat)) {
        new ConsoleSession(app.bot(), settings.consoleUser(), settings.consoleChannel(), options)
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
