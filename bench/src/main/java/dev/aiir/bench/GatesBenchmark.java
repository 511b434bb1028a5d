package dev.aiir.bench;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.port.ChatPlatforms;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gates}: {@code --rollouts} incidents each with a running Canary whose {@code --criteria}
 * metric criteria are checked every {@code --every} (drill time) against a loopback Prometheus, on
 * the product's own application and a real store, at a time scale that makes a long soak a minute
 * or two. It prints the evaluation lag (a check's due time to its verdicts' commit), the process's
 * CPU, and the heap's peak and its use after a full collection. A benchmark, not a test.
 */
@Command(
    name = "gates",
    description =
        "Evaluate many rollouts' metric gates against a loopback Prometheus; print lag, CPU, heap.")
public final class GatesBenchmark implements Callable<Integer> {
  private static final Tenant TENANT = new Tenant(Platform.CONSOLE, "console");
  private static final Pattern DECLARED = Pattern.compile("Incident (\\S+) declared");

  @Option(names = "--rollouts", description = "running rollouts (default ${DEFAULT-VALUE})")
  int rollouts = 200;

  @Option(
      names = "--criteria",
      description = "metric criteria per phase, 1 to 5 (default ${DEFAULT-VALUE})")
  int criteria = 5;

  @Option(
      names = "--every",
      description = "how often each is checked, drill time (default ${DEFAULT-VALUE})")
  String every = "30s";

  @Option(
      names = "--scale",
      description =
          "drill time scale: real seconds are this many drill seconds (default ${DEFAULT-VALUE})")
  long scale = 10;

  @Option(
      names = "--warmup",
      description = "real seconds before measuring (default ${DEFAULT-VALUE})")
  int warmupSeconds = 20;

  @Option(names = "--seconds", description = "real seconds measured (default ${DEFAULT-VALUE})")
  int seconds = 90;

  @Option(names = "--db", description = "sqlite or postgres (embedded) (default ${DEFAULT-VALUE})")
  BenchDatabase.Kind db = BenchDatabase.Kind.SQLITE;

  @Option(names = "--dir", description = "where the store goes (default: a new temp folder)")
  Path dir;

  private final PrintStream out = System.out;
  private final CountingChat chat = new CountingChat();

  @Override
  public Integer call() throws Exception {
    Path folder =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("aiir-bench-");
    Files.deleteIfExists(folder.resolve("bench.db"));
    GateLags lags = new GateLags(scale);
    try (BenchDatabase database = BenchDatabase.open(db, folder);
        LoopbackPrometheus prometheus =
            new LoopbackPrometheus("127.0.0.1", 0, 4, new BenchGateValues());
        Application app = start(database, prometheus, lags)) {
      Duration interval = CriterionText.parse("up > 0", null, every, null).criterion().every();
      out.printf(
          Locale.ROOT,
          "aiir bench gates: %d rollouts x %d criteria every %s at time scale %d (a check every"
              + " %.1f s real per rollout, %.0f queries/s in all), %s, %d cores%n",
          rollouts,
          criteria,
          every,
          scale,
          interval.toMillis() / 1000.0 / scale,
          rollouts * criteria * scale * 1000.0 / interval.toMillis(),
          db.name().toLowerCase(Locale.ROOT),
          Runtime.getRuntime().availableProcessors());
      List<IncidentId> ids = startRollouts(app);
      Thread.sleep(warmupSeconds * 1000L);
      long answeredBefore = prometheus.answered();
      HeapMeter.reset();
      CpuMeter.Reading cpuBefore = CpuMeter.now();
      double loadBefore = CpuMeter.loadAverage();
      lags.record(true);
      Thread.sleep(seconds * 1000L);
      lags.record(false);
      CpuMeter.Reading spent = CpuMeter.now().since(cpuBefore);
      long peak = HeapMeter.peakBytes();
      long queries = prometheus.answered() - answeredBefore;
      System.gc();
      long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      report(lags, interval, spent, queries, peak, afterGc, loadBefore);
      out.printf(
          Locale.ROOT,
          "verdict changes recorded on the timelines: %,d; messages delivered: %,d%n",
          verdictEntries(app, ids),
          chat.delivered());
    }
    return 0;
  }

  private Application start(BenchDatabase database, LoopbackPrometheus prometheus, GateLags lags) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "AIIR_DB_URL", database.url(),
                "AIIR_PROMETHEUS_URL", prometheus.url(),
                "AIIR_TIME_SCALE", Long.toString(scale)));
    settings = settings.withCore(settings.core().withRolloutPlan(plan()));
    // Announcements go through the store's outbox and the delivery, measured with the rest, to a
    // platform that only counts them.
    ChatPlatforms platforms = new ChatPlatforms().register(Platform.CONSOLE, chat);
    return Application.start(settings, Clock.systemUTC(), platforms, List.of(), lags);
  }

  /** The default plan, Canary with the benchmark's criteria (none promotes or halts by itself). */
  private RolloutPlan plan() {
    if (criteria < 1 || criteria > BenchGateValues.CHECKS.size()) {
      throw new IllegalArgumentException("--criteria takes 1 to " + BenchGateValues.CHECKS.size());
    }
    List<dev.aiir.commands.model.Criterion> checks = new ArrayList<>();
    for (String check : BenchGateValues.CHECKS.subList(0, criteria)) {
      checks.add(CriterionText.parse(check, "2m", every, "3").criterion());
    }
    List<Phase> phases = new ArrayList<>(RolloutPlan.defaults().phases());
    phases.set(0, phases.get(0).withGate(new PhaseGate(checks, false, false)));
    return new RolloutPlan(phases);
  }

  /** Declares the incidents (each with its model) and starts their rollouts, through commands. */
  private List<IncidentId> startRollouts(Application app) {
    long started = System.nanoTime();
    List<IncidentId> ids = new ArrayList<>();
    for (int n = 0; n < rollouts; n++) {
      CommandContext context =
          new CommandContext(TENANT, new UserRef("bench", "bench"), "gates-" + n, true);
      Reply declared =
          app.bot()
              .execute(context, "declare Gate benchmark " + n + " --sev 3 --model m" + n + "@v1");
      Matcher id = DECLARED.matcher(declared.plainText());
      if (!id.find()) {
        throw new IllegalStateException("not declared: " + declared.plainText());
      }
      ids.add(new IncidentId(id.group(1)));
      app.bot().execute(context, "rollout start --id " + id.group(1) + " --traffic 2%");
    }
    out.printf(
        Locale.ROOT,
        "declared %d incidents and started their rollouts in %.1f s; warming up %d s, then"
            + " measuring %d s%n",
        rollouts,
        (System.nanoTime() - started) / 1e9,
        warmupSeconds,
        seconds);
    return ids;
  }

  private void report(
      GateLags lags,
      Duration interval,
      CpuMeter.Reading spent,
      long queries,
      long peak,
      long afterGc,
      double loadBefore) {
    Latencies lag = lags.latencies();
    double expected = rollouts * seconds * scale * 1000.0 / interval.toMillis();
    out.printf(
        Locale.ROOT,
        "checks: %,d gate firings in %d s (about %,.0f due), %,d queries answered%n",
        lags.count(),
        seconds,
        expected,
        queries);
    out.printf(
        Locale.ROOT,
        "evaluation lag (due -> queries answered and verdicts committed): p50 %.1f ms, p90 %.1f"
            + " ms, p99 %.1f ms, max %.1f ms%n",
        lag.percentileMillis(50),
        lag.percentileMillis(90),
        lag.percentileMillis(99),
        lag.maxMillis());
    out.printf(
        Locale.ROOT,
        "process CPU %.1f s in %d s (%.0f%% of one core, %.2f ms per firing), GC %d ms in %d"
            + " collections, JIT %d ms%n",
        spent.cpuNanos() / 1e9,
        seconds,
        spent.cpuNanos() / 1e7 / seconds,
        lags.count() == 0 ? 0 : spent.cpuNanos() / 1e6 / lags.count(),
        spent.gcMillis(),
        spent.gcCount(),
        spent.jitMillis());
    out.printf(
        Locale.ROOT,
        "heap: peak %s while measuring, %s after a full collection (max %s); load average %.2f"
            + " before, %.2f after%n",
        HeapMeter.mib(peak),
        HeapMeter.mib(afterGc),
        HeapMeter.mib(Runtime.getRuntime().maxMemory()),
        loadBefore,
        CpuMeter.loadAverage());
  }

  private static long verdictEntries(Application app, List<IncidentId> ids) {
    return app.core()
        .store()
        .inTransaction(
            TENANT,
            tx ->
                ids.stream()
                    .mapToLong(
                        id ->
                            tx.timeline().of(id).stream()
                                .filter(e -> e.kind() == EntryKind.GATE)
                                .count())
                    .sum());
  }
}
