package dev.aiir.bench;

import dev.aiir.bot.app.BotServer;
import dev.aiir.bot.app.QuickCompilation;
import dev.aiir.bot.app.WarmUpPlan;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.db.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alerts}: a storm of Alertmanager notifications against the bot's real HTTP endpoint
 * ({@code POST /alerts/alertmanager}, in this process, with a loopback Slack), {@code --alerts} of
 * them over {@code --fingerprints} fingerprints from {@code --concurrency} senders. With {@code
 * --db postgres} two replicas (or {@code --replicas 1}: one bot) share one embedded PostgreSQL and
 * the senders are split between them. Prints the latency percentiles, the throughput and the
 * incidents opened, which must be one per fingerprint: exit 1 when they are not (or when any
 * request failed).
 */
@Command(
    name = "alerts",
    description =
        "A storm of Alertmanager notifications against POST /alerts/alertmanager: latency,"
            + " throughput, and exactly one incident per fingerprint.")
final class AlertsBenchmark implements Callable<Integer> {
  private static final String HOST = "127.0.0.1";
  private static final String TEAM = LoopbackSlackApi.TEAM;

  @Option(names = "--alerts", defaultValue = "10000", description = "measured alerts")
  int alerts;

  @Option(names = "--fingerprints", defaultValue = "100", description = "distinct alerts")
  int fingerprints;

  @Option(names = "--concurrency", defaultValue = "50", description = "senders (in flight)")
  int concurrency;

  @Option(
      names = "--warmup",
      defaultValue = "10000",
      description = "alerts before measuring, routed to another channel")
  int warmup;

  @Option(
      names = "--db",
      defaultValue = "sqlite",
      description =
          "sqlite (one bot) or postgres (two replicas unless --replicas 1, on one embedded"
              + " PostgreSQL)")
  String db;

  @Option(
      names = "--replicas",
      description = "bots on the store: 1 on sqlite; 1 or 2 on postgres (its default: 2)")
  Integer replicaCount;

  @Option(
      names = "--compilation",
      defaultValue = "quick",
      description = "quick (as serve compiles, the default) or jvm (the JVM's own)")
  String compilation;

  @Option(
      names = "--bot-warm-up",
      defaultValue = "serve",
      description =
          "serve (each bot warms itself up as serve does, waited for before the senders' warm-up;"
              + " the default) or none")
  String botWarmUp;

  private double warmedUpSeconds;
  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws Exception {
    if (alerts < 1 || fingerprints < 1 || concurrency < 1 || warmup < 0) {
      throw new ConfigurationException("--alerts, --fingerprints and --concurrency are positive");
    }
    if (!botWarmUp.equals("serve") && !botWarmUp.equals("none")) {
      throw new ConfigurationException(
          "--bot-warm-up takes serve or none, not '" + botWarmUp + "'");
    }
    if (!db.equals("sqlite") && !db.equals("postgres")) {
      throw new ConfigurationException("--db takes sqlite or postgres, not '" + db + "'");
    }
    BenchDatabase.Kind kind =
        db.equals("postgres") ? BenchDatabase.Kind.POSTGRES : BenchDatabase.Kind.SQLITE;
    int replicas = replicas(kind);
    if (concurrency < replicas) {
      throw new ConfigurationException("--concurrency must be at least " + replicas);
    }
    if (QuickCompilation.wanted(Map.of("AIIR_COMPILATION", compilation))) {
      QuickCompilation.apply();
    }
    Path dir = Files.createTempDirectory("aiir-bench-alerts");
    String token = UUID.randomUUID().toString();
    StormResult result;
    int stored;
    try (BenchDatabase database = BenchDatabase.open(kind, dir);
        LoopbackSlackApi slack = new LoopbackSlackApi()) {
      Settings settings = settings(dir, database.url(), slack, token);
      List<BotServer> servers = new ArrayList<>();
      try {
        WarmUpPlan plan = botWarmUp.equals("serve") ? WarmUpPlan.STANDARD : WarmUpPlan.NONE;
        for (int r = 0; r < replicas; r++) {
          servers.add(
              BotServer.start(
                  settings,
                  Optional.empty(),
                  Clock.systemUTC(),
                  Sleeper.REAL,
                  HOST,
                  plan,
                  Duration.ZERO));
        }
        long warming = System.nanoTime();
        servers.forEach(server -> server.warmedUp().join());
        warmedUpSeconds = (System.nanoTime() - warming) / 1e9;
        List<Integer> ports = servers.stream().map(BotServer::port).toList();
        new StormSenders(
                ports, concurrency, new AlertStorm(token, fingerprints, "warmup", replicas))
            .send(warmup);
        result =
            new StormSenders(
                    ports, concurrency, new AlertStorm(token, fingerprints, "storm", replicas))
                .send(alerts);
      } finally {
        servers.forEach(BotServer::close);
      }
      stored = incidents(database.url());
    } finally {
      Folders.deleteQuietly(dir);
    }
    report(result, stored, replicas);
    boolean exact = result.declared() == fingerprints && stored == fingerprints;
    return result.failed() == 0 && exact ? 0 : 1;
  }

  /**
   * Two bots on PostgreSQL unless {@code --replicas} says one; one on SQLite, whose file is one's.
   */
  private int replicas(BenchDatabase.Kind kind) {
    int most = kind == BenchDatabase.Kind.POSTGRES ? 2 : 1;
    int replicas = replicaCount == null ? most : replicaCount;
    if (replicas < 1 || replicas > most) {
      throw new ConfigurationException(
          "--replicas takes " + (most == 2 ? "1 or 2" : "1") + " with --db " + db);
    }
    return replicas;
  }

  /**
   * Environment variables only, as a deployment would: the measured alerts take the default route
   * ({@code AIIR_ALERTS_CHANNEL}); a route of the file takes the warm-up's to another channel of
   * the same workspace (the one the loopback Slack says the bot is in, so that its posts succeed).
   */
  private static Settings settings(Path dir, String url, LoopbackSlackApi slack, String token)
      throws IOException {
    Path config = dir.resolve("aiir.yml");
    Files.writeString(
        config,
        """
        alerts:
          routes:
            - name: warmup
              match: {bench: warmup}
              workspace: slack:%s
              channel: CWARM
        """
            .formatted(TEAM));
    Map<String, String> env = new HashMap<>();
    env.put("AIIR_DB_URL", url);
    env.put("AIIR_CONFIG", config.toString());
    env.put("AIIR_ALERTS_CHANNEL", "slack:" + TEAM + "/CALERTS");
    env.put("AIIR_ALERTS_TOKEN", token);
    env.put("SLACK_BOT_TOKEN", "xoxb-bench");
    env.put("SLACK_SIGNING_SECRET", UUID.randomUUID().toString());
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", "0");
    return Settings.fromEnvironment(env);
  }

  /** The incidents the measured alerts opened (by their titles), read after the bots stopped. */
  private static int incidents(String url) {
    try (Database database = Database.open(url)) {
      return (int)
          database
              .incidents()
              .inTransaction(new Tenant(Platform.SLACK, TEAM), tx -> tx.incidents().listOpen())
              .stream()
              .filter(i -> i.title().startsWith(AlertStorm.TITLE + "storm-"))
              .count();
    }
  }

  private void report(StormResult r, int stored, int replicas) {
    double seconds = r.wallNanos() / 1e9;
    out.printf(
        "bench alerts: %d Alertmanager notifications over %d fingerprints, %d concurrent senders,"
            + " %s (%s), after %d warm-up%n",
        alerts,
        fingerprints,
        concurrency,
        db,
        replicas == 2 ? "two replicas, senders split between them" : "one bot",
        warmup);
    out.printf(
        "bots' own warm-up: %s (%.1f s after the ports opened)%n", botWarmUp, warmedUpSeconds);
    out.printf("throughput: %.0f alerts/s (%.2f s)%n", alerts / seconds, seconds);
    out.printf(
        "latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        r.latencies().percentileMillis(50),
        r.latencies().percentileMillis(90),
        r.latencies().percentileMillis(99),
        r.latencies().maxMillis());
    Latencies declarations = r.byAnswer().chosen();
    Latencies rest = r.byAnswer().others();
    out.printf(
        "over 50 ms: %d of %d (%d of %d declarations: p50 %.1f ms, max %.1f ms; %d of %d other"
            + " answers: p99 %.1f ms, max %.1f ms)%n",
        r.latencies().over(50),
        r.latencies().count(),
        declarations.over(50),
        declarations.count(),
        declarations.percentileMillis(50),
        declarations.maxMillis(),
        rest.over(50),
        rest.count(),
        rest.percentileMillis(99),
        rest.maxMillis());
    out.printf("load average: %.2f before, %.2f after%n", r.loadBefore(), r.loadAfter());
    out.printf(
        "answers: %d declared, %d unchanged, %d other, %d failed%n",
        r.declared(),
        r.unchanged(),
        alerts - r.declared() - r.unchanged() - r.failed(),
        r.failed());
    out.printf(
        "incidents created: %d in the store (%d expected, one per fingerprint): %s%n",
        stored,
        fingerprints,
        stored == fingerprints && r.declared() == fingerprints ? "ok" : "WRONG");
    out.printf(
        "p99 target 50 ms: %s%n", r.latencies().percentileMillis(99) <= 50 ? "met" : "missed");
  }
}
