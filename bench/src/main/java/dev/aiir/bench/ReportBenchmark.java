package dev.aiir.bench;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.page.ReportHtml;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.insight.Metric;
import dev.aiir.commands.insight.ReportCsv;
import dev.aiir.commands.insight.ReportJson;
import dev.aiir.commands.insight.ReportMarkdown;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ReportFilter;
import dev.aiir.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: fills a new store with {@code --incidents} incidents and {@code --entries}
 * timeline entries through the store's own port, then times the report over all of them {@code
 * --runs} times (the aggregate query, the figures, and the four renderings), printing the fastest,
 * the median and the slowest run, the heap's peak and the load average. A benchmark, not a test.
 */
@Command(
    name = "report",
    description = "Time the insights report over many incidents on SQLite or PostgreSQL.")
public final class ReportBenchmark implements Callable<Integer> {
  @Option(names = "--incidents", description = "how many incidents (default ${DEFAULT-VALUE})")
  int incidents = 10_000;

  @Option(
      names = "--entries",
      description = "how many timeline entries in all (default ${DEFAULT-VALUE})")
  int entries = 1_000_000;

  @Option(
      names = "--db",
      description =
          "sqlite (a temp file) or postgres (embedded, or --db-url) (default ${DEFAULT-VALUE})")
  String db = "sqlite";

  @Option(
      names = "--db-url",
      description = "a jdbc:postgresql: URL of an empty database to use instead of an embedded one")
  String dbUrl;

  @Option(names = "--runs", description = "timed runs (default ${DEFAULT-VALUE})")
  int runs = 5;

  @Option(
      names = "--warmup",
      description = "untimed runs first, for the JIT compiler (default ${DEFAULT-VALUE})")
  int warmup = 5;

  @Option(names = "--dir", description = "where the SQLite file goes (default: a new temp folder)")
  Path dir;

  @Option(
      names = "--reuse",
      description = "on SQLite, time the file already in --dir instead of filling a new one")
  boolean reuse;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    if (!db.equals("sqlite") && !db.equals("postgres")) {
      throw new ConfigurationException("--db takes sqlite or postgres, not '" + db + "'");
    }
    Instant now = Instant.now();
    GeneratedIncidents generated = new GeneratedIncidents(incidents, entries, now);
    if (db.equals("postgres") && dbUrl == null) {
      try (EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("full_page_writes", "off")
              .start()) {
        return measure(postgres.getJdbcUrl("postgres", "postgres"), generated, now);
      }
    }
    return measure(db.equals("postgres") ? dbUrl : sqliteUrl(), generated, now);
  }

  private String sqliteUrl() throws java.io.IOException {
    Path folder =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("aiir-bench-");
    Path file = folder.resolve("report.db");
    if (reuse && Files.exists(file)) {
      return "reuse:jdbc:sqlite:" + file;
    }
    Files.deleteIfExists(file);
    return "jdbc:sqlite:" + file;
  }

  private int measure(String given, GeneratedIncidents generated, Instant now) {
    boolean reused = given.startsWith("reuse:");
    String url = reused ? given.substring("reuse:".length()) : given;
    out.printf(
        Locale.ROOT,
        "aiir bench report: %,d incidents, %,d timeline entries on %s%n",
        incidents,
        entries,
        db);
    if (reused) {
      out.println("reusing " + url);
    } else {
      long loading = System.nanoTime();
      try (Database database = Database.open(url)) {
        generated.load(database.incidents());
      }
      out.printf(
          Locale.ROOT,
          "loaded in %.1f s through the store's port (%,d action items)%n",
          seconds(System.nanoTime() - loading),
          generated.actionItems());
    }
    Settings settings = Settings.fromEnvironment(Map.of("AIIR_DB_URL", url));
    try (Application app =
        Application.offline(
            settings, Clock.fixed(now, java.time.ZoneOffset.UTC), new ChatPlatforms())) {
      Insights insights = app.insights();
      ReportFilter all = ReportFilter.between(now.minus(Duration.ofDays(400)), now);
      InsightReport warm = insights.report(all);
      out.printf(
          Locale.ROOT,
          "a report of %,d incidents: MTTR median %s, %d weeks, %,d open action items%n",
          warm.total(),
          dev.aiir.commands.insight.Elapsed.compact(warm.overall().get(Metric.MTTR).median()),
          warm.weeks().size(),
          warm.actions().open());
      for (int run = 0; run < warmup; run++) {
        render(insights.report(all));
      }
      HeapMeter.reset();
      List<Long> queries = new ArrayList<>();
      List<Long> pages = new ArrayList<>();
      List<Long> totals = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        CpuMeter.Reading cpu = CpuMeter.now();
        long start = System.nanoTime();
        InsightReport report = insights.report(all);
        long queried = System.nanoTime();
        int html = ReportHtml.document(report).length();
        long paged = System.nanoTime();
        int size = html + others(report);
        long end = System.nanoTime();
        CpuMeter.Reading spent = CpuMeter.now().since(cpu);
        queries.add(queried - start);
        pages.add(paged - start);
        totals.add(end - start);
        out.printf(
            Locale.ROOT,
            "run %d: query and figures %,d ms, with the HTML report %,d ms, with all four"
                + " formats %,d ms (%,d characters); this process's CPU %,d ms, GC %d ms; load"
                + " average %.1f%n",
            run + 1,
            millis(queried - start),
            millis(paged - start),
            millis(end - start),
            size,
            millis(spent.cpuNanos()),
            spent.gcMillis(),
            CpuMeter.loadAverage());
      }
      summary("query and figures (/incident report)", queries);
      summary("report with its HTML (aiir report --format html)", pages);
      summary("report with all four formats", totals);
    }
    out.printf(
        Locale.ROOT,
        "heap peak during the runs %s (max %.1f MiB); load average %.2f; %d cores%n",
        HeapMeter.mib(HeapMeter.peakBytes()),
        Runtime.getRuntime().maxMemory() / 1048576.0,
        CpuMeter.loadAverage(),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }

  /** The four renderings of the report, and how many characters they make. */
  private static int render(InsightReport report) {
    return ReportHtml.document(report).length() + others(report);
  }

  private static int others(InsightReport report) {
    return ReportMarkdown.render(report).length()
        + ReportCsv.render(report).length()
        + ReportJson.render(report).length();
  }

  private void summary(String what, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    out.printf(
        Locale.ROOT,
        "%s over %d runs: min %,d ms, median %,d ms, max %,d ms%n",
        what,
        sorted.size(),
        millis(sorted.get(0)),
        millis(sorted.get(sorted.size() / 2)),
        millis(sorted.get(sorted.size() - 1)));
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
