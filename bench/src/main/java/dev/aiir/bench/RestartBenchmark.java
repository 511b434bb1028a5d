package dev.aiir.bench;

import dev.aiir.bench.BenchDatabase.Kind;
import dev.aiir.bot.config.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restart}: fills a store with pending timers through the product's commands, then starts
 * the bot's own jar on it {@code --runs} times (a new JVM each time, {@code serve} with Slack over
 * HTTP against a loopback Slack) and times each start: until {@code /healthz} answers, until a
 * command is acknowledged, and the reconciliation of the timers; then its memory. A benchmark, not
 * a test: it prints figures and judges nothing.
 */
@Command(
    name = "restart",
    description =
        "Restart the bot's jar on a store with pending timers: time to /healthz, to the first"
            + " acknowledged command, reconciliation, memory.")
final class RestartBenchmark implements Callable<Integer> {
  private static final Duration BOUND = Duration.ofSeconds(120);
  private static final Duration SETTLE = Duration.ofSeconds(2);
  private static final Duration START_UP_OVER = Duration.ofSeconds(40);
  private static final String STARTUP_OVER_LINE = "start-up over: heap compacted";

  @Option(names = "--timers", defaultValue = "10000", description = "timers pending")
  int timers;

  @Option(
      names = "--incidents",
      description = "open incidents holding them (default: half the timers)")
  Integer incidents;

  @Option(names = "--db", defaultValue = "sqlite", description = "sqlite or postgres")
  Kind db;

  @Option(names = "--runs", defaultValue = "5", description = "restarts measured")
  int runs;

  @Option(names = "--threads", defaultValue = "2", description = "threads filling the store")
  int threads;

  @Option(names = "--jvm-option", description = "an option for the bot's JVM (repeatable)")
  List<String> jvmOptions = new ArrayList<>();

  @Option(
      names = "--env",
      description = "a variable for the bot, such as AIIR_WARM_UP=off (repeatable)")
  Map<String, String> extraEnv = new LinkedHashMap<>();

  @Option(
      names = "--cds",
      description =
          "after the measured starts, a training start that writes a class-data archive"
              + " (-XX:ArchiveClassesAtExit) and as many starts again with it"
              + " (-XX:SharedArchiveFile)")
  boolean cds;

  @Option(
      names = "--baseline-jar",
      description =
          "another build's bot jar, started alternately with this one on the same store (before"
              + " and after a change, under the same load)")
  Path baselineJar;

  @Option(names = "--bot-jar", description = "the bot's jar (default: bot/target/aiir-bot.jar)")
  Path botJar;

  @Option(names = "--dir", description = "where the store and the logs go (default: a temp folder)")
  Path dir;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws Exception {
    PendingTimers pending = new PendingTimers(timers, incidents == null ? timers / 2 : incidents);
    Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("aiir-r");
    String jar = BotJar.locate(botJar);
    out.printf(
        Locale.ROOT,
        "aiir bench restart: %,d timers pending (%,d open incidents, %,d with a rollout) on %s,"
            + " %d runs; bot %s%n",
        timers,
        pending.incidents(),
        pending.rollouts(),
        db.name().toLowerCase(Locale.ROOT),
        runs,
        jar);
    try (BenchDatabase database = BenchDatabase.open(db, folder);
        LoopbackSlackApi slack = new LoopbackSlackApi()) {
      fill(pending, database);
      String secret = UUID.randomUUID().toString();
      Starts starts =
          new Starts(
              jar,
              withExtra(env(database, slack, secret)),
              new SignedCommands(secret, slack.responseUrl()),
              folder);
      if (baselineJar == null) {
        out.print(RestartRun.summary(starts.measure("", 1)));
      } else {
        Starts baseline = starts.with(BotJar.locate(baselineJar));
        List<RestartRun> before = new ArrayList<>();
        List<RestartRun> after = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          // The machine's speed drifts within minutes, and with the baseline always first the
          // first start of each pair came out 0.2 s faster whichever jar it was: which of the two
          // goes first alternates, so a steady drift favours neither.
          if (run % 2 == 1) {
            before.add(baseline.one("baseline ", run));
            after.add(starts.one("", run));
          } else {
            after.add(starts.one("", run));
            before.add(baseline.one("baseline ", run));
          }
        }
        out.println("baseline (" + baseline.jar + "):");
        out.print(RestartRun.summary(before));
        out.println(
            "this build, started alternately with the baseline (first in even runs, second in odd"
                + " ones):");
        out.print(RestartRun.summary(after));
      }
      if (cds) {
        Path archive = folder.resolve("aiir-bot.jsa");
        jvmOptions.add("-XX:ArchiveClassesAtExit=" + archive);
        starts.measure("training start, writing " + archive + ": ", 0);
        jvmOptions.set(jvmOptions.size() - 1, "-XX:SharedArchiveFile=" + archive);
        out.println("with the class-data archive (-XX:SharedArchiveFile):");
        out.print(RestartRun.summary(starts.measure("", runs + 1)));
      }
    }
    return 0;
  }

  /** The bot's starts on the filled store. */
  private final class Starts {
    private final String jar;
    private final Map<String, String> env;
    private final SignedCommands commands;
    private final Path folder;

    Starts(String jar, Map<String, String> env, SignedCommands commands, Path folder) {
      this.jar = jar;
      this.env = env;
      this.commands = commands;
      this.folder = folder;
    }

    /** The same starts of another jar. */
    Starts with(String otherJar) {
      return new Starts(otherJar, env, commands, folder);
    }

    /** {@code --runs} starts numbered from {@code first}, each printed; one when first is 0. */
    List<RestartRun> measure(String label, int first) throws Exception {
      List<RestartRun> measured = new ArrayList<>();
      int last = first == 0 ? 0 : first + runs - 1;
      for (int run = first; run <= last; run++) {
        measured.add(one(label, run));
      }
      return measured;
    }

    RestartRun one(String label, int run) throws Exception {
      String log = (label.startsWith("baseline") ? "baseline-run-" : "run-") + run + ".log";
      RestartRun result =
          RestartBenchmark.this.measure(run, jar, env, commands, folder.resolve(log));
      out.println(label + result.line());
      return result;
    }
  }

  private void fill(PendingTimers pending, BenchDatabase database) throws Exception {
    Settings settings = Settings.fromEnvironment(Map.of("AIIR_DB_URL", database.url()));
    PendingTimers.Filled filled = pending.fill(settings, threads);
    out.printf(
        Locale.ROOT,
        "filled: %,d declare and %,d rollout start commands in %.1f s; their %,d timers scheduled"
            + " by one reconciliation in %.1f s (start-up included): %,d pending%n",
        pending.incidents(),
        pending.rollouts(),
        filled.commandSeconds(),
        filled.reconciled().added(),
        filled.reconcileSeconds(),
        filled.pending());
    if (filled.pending() != timers) {
      throw new IllegalStateException(
          filled.pending() + " timers pending, " + timers + " expected");
    }
  }

  private RestartRun measure(
      int run, String jar, Map<String, String> env, SignedCommands commands, Path log)
      throws Exception {
    int port = freePort();
    Map<String, String> withPort = new HashMap<>(env);
    withPort.put("PORT", Integer.toString(port));
    String probe = "restart probe " + run + " " + UUID.randomUUID();
    double load = CpuMeter.loadAverage();
    RestartRun measured;
    try (BotProcess bot = BotProcess.launch(jar, jvmOptions, withPort, port, log)) {
      var healthy = bot.healthy(BOUND);
      var acked =
          bot.acknowledged(
              BOUND,
              commands.command(
                  LoopbackSlackApi.TEAM,
                  PendingTimers.USER,
                  PendingTimers.channel(0),
                  "log " + probe),
              probe);
      BotProcess.Healthy health = healthy.join();
      double ack = acked.join();
      Reconciled reconciled = Reconciled.await(bot, BOUND);
      Thread.sleep(SETTLE.toMillis());
      OptionalDouble rss = ProcessMemory.residentMiB(bot.pid(), "VmRSS");
      OptionalDouble peak = ProcessMemory.residentMiB(bot.pid(), "VmHWM");
      OptionalDouble settled =
          startUpOver(bot) ? ProcessMemory.residentMiB(bot.pid(), "VmRSS") : OptionalDouble.empty();
      measured =
          new RestartRun(
              run,
              health,
              ack,
              reconciled,
              rss,
              peak,
              settled,
              ProcessMemory.liveHeapMiB(bot.pid()),
              load,
              "");
    }
    // A stop writes the archive the next start uses: the log says so once the bot has stopped.
    return measured.withArchiveFrom(Files.readString(log, StandardCharsets.UTF_8));
  }

  private Map<String, String> withExtra(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.putAll(extraEnv);
    return all;
  }

  /**
   * Waits for the bot to say that start-up's background work is over and its heap compacted (the
   * warm-up takes some seconds more than the reconciliation); false for a build that does not say.
   */
  private static boolean startUpOver(BotProcess bot) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_UP_OVER.toNanos();
    while (System.nanoTime() < deadline && bot.isAlive()) {
      if (bot.log().contains(STARTUP_OVER_LINE)) {
        // G1 hands the memory back to the system in the background after the collection.
        Thread.sleep(SETTLE.toMillis());
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static Map<String, String> env(
      BenchDatabase database, LoopbackSlackApi slack, String secret) {
    return Map.of(
        "AIIR_DB_URL",
        database.url(),
        "SLACK_BOT_TOKEN",
        "xoxb-bench",
        "SLACK_SIGNING_SECRET",
        secret,
        "SLACK_API_URL",
        slack.apiUrl());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
