package dev.aiir.bench;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.Timers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code timers}: schedules {@code --count} timers through the application's own timers, restarts
 * the application with them all pending, then lets them fire at a steady rate and reports how late
 * they ran. A benchmark, not a test: it prints figures and judges nothing.
 */
@Command(
    name = "timers",
    description =
        "Schedule timers, restart with them pending, report start-up time and firing lateness.")
public final class TimerBenchmark implements Callable<Integer> {
  private static final int CALIBRATION = 200;

  @Option(names = "--count", description = "how many timers (default ${DEFAULT-VALUE})")
  int count = 10_000;

  @Option(
      names = "--window",
      description = "seconds over which they fall due (default ${DEFAULT-VALUE})")
  int windowSeconds = 60;

  @Option(names = "--dir", description = "where the SQLite file goes (default: a new temp folder)")
  Path dir;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    Path folder =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("aiir-bench-");
    Path file = folder.resolve("bench.db");
    Files.deleteIfExists(file);
    Settings settings = Settings.fromEnvironment(Map.of("AIIR_DB_URL", "jdbc:sqlite:" + file));
    BenchTimers timers = new BenchTimers(count);
    out.printf(Locale.ROOT, "aiir bench timers: %d timers on SQLite (%s)%n", count, file);

    double scheduleSeconds = schedule(settings, timers);
    long restart = System.nanoTime();
    try (Application app = start(settings, timers)) {
      double startSeconds = seconds(System.nanoTime() - restart);
      Reconciliation reconciled = app.reconciled().join();
      double reconciledSeconds = seconds(System.nanoTime() - restart);
      out.printf(
          Locale.ROOT,
          "restarted with %d timers pending: started in %.2f s (store and scheduler), reconciled"
              + " in the background by %.2f s (%d expected, %d scheduled)%n",
          app.pendingTimers(),
          startSeconds,
          reconciledSeconds,
          reconciled.expected(),
          reconciled.added());
      awaitFirings(timers);
    }
    report(timers, scheduleSeconds);
    return 0;
  }

  private static Application start(Settings settings, BenchTimers timers) {
    return Application.start(settings, Clock.systemUTC(), new ChatPlatforms(), List.of(timers));
  }

  /** Schedules every timer one by one, as commands do, and returns how long it took. */
  private double schedule(Settings settings, BenchTimers timers) {
    try (Application app = start(settings, timers)) {
      app.bot()
          .execute(
              new CommandContext(BenchTimers.TENANT, new UserRef("bench", "bench"), "bench", true),
              "declare timer benchmark");
      Timers scheduler = app.core().timers();
      double each = calibrate(scheduler, timers);
      // Due after scheduling and a restart have surely finished, then one every window/count.
      Duration lead = Duration.ofMillis((long) (each * 1000 * count * 1.5)).plusSeconds(15);
      timers.plan(Instant.now().plus(lead), Duration.ofSeconds(windowSeconds).dividedBy(count));
      long start = System.nanoTime();
      for (int n = 0; n < count; n++) {
        scheduler.schedule(timers.key(n), timers.due(n));
      }
      double took = seconds(System.nanoTime() - start);
      out.printf(
          Locale.ROOT,
          "scheduled %d timers in %.1f s (%.2f ms each)%n",
          count,
          took,
          took * 1000 / count);
      return took;
    }
  }

  /** Seconds per schedule, from a few timers scheduled and cancelled far in the future. */
  private static double calibrate(Timers scheduler, BenchTimers timers) {
    Instant far = Instant.now().plus(Duration.ofDays(1));
    long start = System.nanoTime();
    for (int n = 0; n < CALIBRATION; n++) {
      scheduler.schedule(timers.key(1_000_000 + n), far);
    }
    double each = seconds(System.nanoTime() - start) / CALIBRATION;
    for (int n = 0; n < CALIBRATION; n++) {
      scheduler.cancel(timers.key(1_000_000 + n));
    }
    return each;
  }

  private void awaitFirings(BenchTimers timers) throws InterruptedException {
    Instant giveUp = timers.due(count - 1).plusSeconds(60);
    while (timers.distinctFired() < count && Instant.now().isBefore(giveUp)) {
      Thread.sleep(200);
    }
  }

  private void report(BenchTimers timers, double scheduleSeconds) {
    long[] late = timers.sortedLateness();
    if (late.length == 0) {
      out.println("no timer fired");
      return;
    }
    out.printf(
        Locale.ROOT,
        "fired %d of %d over %d s (%d duplicate firings): lateness p50 %d ms, p99 %d ms, max %d ms%n",
        late.length,
        count,
        windowSeconds,
        timers.duplicates(),
        percentile(late, 50),
        percentile(late, 99),
        late[late.length - 1]);
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
