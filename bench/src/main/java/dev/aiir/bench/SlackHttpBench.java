package dev.aiir.bench;

import dev.aiir.bench.SignedCommands.Signed;
import dev.aiir.bot.app.BotServer;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.KeepAliveClient;
import dev.aiir.bot.http.KeepAliveClient.Answer;
import dev.aiir.bot.http.PostRequest;
import dev.aiir.bot.slack.Sleeper;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slack-http}: the bot in HTTP mode on 127.0.0.1 against a loopback Slack Web API and a
 * temporary SQLite file, driven with signed {@code /incident log} requests at a fixed concurrency.
 * Prints throughput and acknowledgement latency, then checks that every acknowledged entry is in
 * the store. Exit 0 when every request was acknowledged and committed.
 */
@Command(
    name = "slack-http",
    description =
        "Signed /incident log requests against the HTTP endpoint, at a fixed concurrency.")
final class SlackHttpBench implements Callable<Integer> {
  private static final Pattern DECLARED = Pattern.compile("Incident (\\S+) declared");
  private static final String CHANNEL = "CBENCH";
  private static final String USER = "UBENCH";
  private static final String HOST = "127.0.0.1";

  @Option(names = "--concurrency", defaultValue = "50", description = "requests in flight")
  int concurrency;

  @Option(names = "--requests", defaultValue = "5000", description = "measured requests")
  int requests;

  // The JIT compilers still took a third of the two cores 15 s into a run (about 20,000
  // requests), so a thousand warm-up requests measured compilation as much as the bot.
  @Option(
      names = "--warmup",
      defaultValue = "50000",
      description = "requests before measuring (the JIT settles after tens of thousands)")
  int warmup;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws Exception {
    if (concurrency < 1 || requests < 1 || warmup < 0) {
      throw new IllegalArgumentException("--concurrency and --requests must be positive");
    }
    Path dir = Files.createTempDirectory("aiir-bench");
    String secret = UUID.randomUUID().toString();
    String dbUrl = "jdbc:sqlite:" + dir.resolve("bench.db");
    Result result;
    try (LoopbackSlackApi slack = new LoopbackSlackApi()) {
      Settings settings = settings(slack, secret, dbUrl);
      try (BotServer server =
          BotServer.start(settings, Clock.systemUTC(), Sleeper.REAL, "127.0.0.1")) {
        SignedCommands commands = new SignedCommands(secret, slack.responseUrl());
        result = drive(commands, server.port());
      }
      result = committed(dbUrl, result);
      report(result);
    } finally {
      Folders.deleteQuietly(dir);
    }
    return result.errors() == 0 && result.missing() == 0 ? 0 : 1;
  }

  private static Settings settings(LoopbackSlackApi slack, String secret, String dbUrl) {
    return Settings.fromEnvironment(
        Map.of(
            "AIIR_DB_URL",
            dbUrl,
            "SLACK_BOT_TOKEN",
            "xoxb-bench",
            "SLACK_SIGNING_SECRET",
            secret,
            "SLACK_API_URL",
            slack.apiUrl(),
            "PORT",
            "0"));
  }

  /** The outcome of the measured run. */
  private record Result(
      String incident,
      int requests,
      long wallNanos,
      Latencies latencies,
      Set<String> acked,
      int errors,
      int missing,
      CpuMeter.Reading spent,
      double loadBefore,
      double loadAfter) {
    Result withMissing(int value) {
      return new Result(
          incident,
          requests,
          wallNanos,
          latencies,
          acked,
          errors,
          value,
          spent,
          loadBefore,
          loadAfter);
    }
  }

  private Result drive(SignedCommands commands, int port) throws Exception {
    Answer declared;
    try (KeepAliveClient client = new KeepAliveClient(HOST, port)) {
      Signed declare =
          commands.command(LoopbackSlackApi.TEAM, USER, CHANNEL, "declare Benchmark incident");
      declared = client.post(SignedCommands.PATH, declare.headers(), declare.body());
    }
    Matcher id = DECLARED.matcher(declared.body());
    if (declared.status() != 200 || !id.find()) {
      throw new IllegalStateException("declare was not acknowledged: " + declared.status());
    }
    run(port, commands, "warmup", warmup, new long[warmup], ConcurrentHashMap.newKeySet());
    long[] nanos = new long[requests];
    Set<String> acked = ConcurrentHashMap.newKeySet();
    double loadBefore = CpuMeter.loadAverage();
    CpuMeter.Reading before = CpuMeter.now();
    long start = System.nanoTime();
    int errors = run(port, commands, "entry", requests, nanos, acked);
    long wall = System.nanoTime() - start;
    CpuMeter.Reading spent = CpuMeter.now().since(before);
    return new Result(
        id.group(1),
        requests,
        wall,
        new Latencies(nanos),
        acked,
        errors,
        0,
        spent,
        loadBefore,
        CpuMeter.loadAverage());
  }

  /**
   * Sends {@code count} log requests, {@code concurrency} at a time from one thread (see {@link
   * EventLoopClient}); returns the failures. Each request is signed just before it is sent, as
   * Slack would, so its timestamp is fresh.
   */
  private int run(
      int port, SignedCommands commands, String label, int count, long[] nanos, Set<String> acked)
      throws IOException {
    AtomicInteger errors = new AtomicInteger();
    try (EventLoopClient client = new EventLoopClient(HOST, port, concurrency)) {
      client.drive(
          count,
          i -> {
            Signed log =
                commands.command(LoopbackSlackApi.TEAM, USER, CHANNEL, "log " + text(label, i));
            return PostRequest.bytes(
                HOST + ":" + port, SignedCommands.PATH, log.headers(), log.body());
          },
          (i, elapsed, status, body) -> {
            nanos[i] = elapsed;
            if (status == 200 && body.contains(text(label, i))) {
              acked.add(text(label, i));
            } else {
              errors.incrementAndGet();
            }
          });
    }
    return errors.get();
  }

  private static String text(String label, int i) {
    return "bench " + label + " " + i;
  }

  /** The measured entries found in the store, read after the bot has stopped. */
  private static Result committed(String dbUrl, Result result) {
    Tenant tenant = new Tenant(Platform.SLACK, LoopbackSlackApi.TEAM);
    Set<String> stored = new HashSet<>();
    try (Database database = Database.open(dbUrl)) {
      database
          .incidents()
          .inTransaction(tenant, tx -> tx.timeline().of(new IncidentId(result.incident())))
          .stream()
          .map(TimelineEntry::text)
          .forEach(stored::add);
    }
    Set<String> missing = new HashSet<>(result.acked());
    missing.removeAll(stored);
    return result.withMissing(missing.size());
  }

  private void report(Result r) {
    double seconds = r.wallNanos() / 1e9;
    out.printf(
        "bench slack-http: %d signed /incident log requests, %d concurrent (after %d warm-up)%n",
        r.requests(), concurrency, warmup);
    out.printf("throughput: %.0f requests/s (%.2f s)%n", r.requests() / seconds, seconds);
    out.printf(
        "ack latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        r.latencies().percentileMillis(50),
        r.latencies().percentileMillis(90),
        r.latencies().percentileMillis(99),
        r.latencies().maxMillis());
    out.printf(
        "process CPU: %.2f ms per request (bot and load generator, %.0f%% of %d cores);"
            + " GC %d ms in %d collections; JIT %d ms%n",
        r.spent().cpuNanos() / 1e6 / r.requests(),
        r.spent().cpuNanos() * 100.0 / r.wallNanos() / Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().availableProcessors(),
        r.spent().gcMillis(),
        r.spent().gcCount(),
        r.spent().jitMillis());
    out.printf("load average: %.2f before, %.2f after%n", r.loadBefore(), r.loadAfter());
    out.printf(
        "acknowledged: %d, failed: %d; committed: %d of %d acknowledged entries%n",
        r.acked().size(), r.errors(), r.acked().size() - r.missing(), r.acked().size());
    out.printf(
        "p99 target 50 ms at 50 concurrent: %s%n",
        r.latencies().percentileMillis(99) < 50 ? "met" : "missed");
  }
}
