package dev.aiir.bot.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's console in a drill (20 minutes a second) with a metric gate against a local
 * Prometheus: Canary's criterion is checked every hour (3 s here) and breaches; the process is
 * killed with {@code kill -9} and stays down past several checks while the value recovers; started
 * again on the same file, the gate resumes with the one check that fell due meanwhile, which
 * promotes by itself, and each verdict change is on the timeline once.
 */
class GatesKillRestartIT {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final String ID = "AI-IR-2026-001";
  private static final String SENT = "eval_accuracy{model=\"assistant\"}";
  private static final String CHECK = "eval_accuracy{model=\"$model\"} >= 0.8";
  // Canary's minimum (1 hour) is 3 s here, its maximum 48 hours; the check every 3 s.
  private static final String CONFIG =
      """
      rollout:
        phases:
          - name: Canary
            traffic: 1-5%
            duration: 1h-48h
            exit: No anomalies in monitoring dashboards
            gate:
              auto: true
              criteria:
                - check: 'eval_accuracy{model="$model"} >= 0.80'
                  every: 1h
                  failures: 2
          - name: Limited
            traffic: 10-25%
            duration: 48h-96h
            exit: Metrics match or exceed pre-incident baseline
          - name: Full
            traffic: 100%
            duration: 72h
            exit: 72 hours of stable operation
      """;

  @TempDir Path dir;
  private final FakePrometheus prometheus = new FakePrometheus();

  GatesKillRestartIT() throws IOException {}

  @AfterEach
  void stop() {
    prometheus.close();
  }

  /** One run of the jar's console, its commands typed on a pipe that stays open. */
  private final class Console implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final Path out;

    Console(String name) throws IOException {
      Path config = dir.resolve("aiir.yml");
      Files.writeString(config, CONFIG);
      out = dir.resolve(name + ".out");
      ProcessBuilder builder =
          new ProcessBuilder(java(), "-jar", jar(), "console")
              .redirectOutput(out.toFile())
              .redirectError(dir.resolve(name + ".err").toFile());
      builder.environment().put("AIIR_DB_URL", dbUrl());
      builder.environment().put("AIIR_TIME_SCALE", "1200");
      builder.environment().put("AIIR_CONFIG", config.toString());
      builder.environment().put("AIIR_PROMETHEUS_URL", prometheus.url());
      builder.environment().remove("SLACK_BOT_TOKEN");
      builder.environment().remove("DISCORD_TOKEN");
      process = builder.start();
      in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    void type(String line) throws IOException {
      in.write(line + "\n");
      in.flush();
    }

    String output() {
      try {
        return Files.readString(out, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void awaitOutput(String text) {
      await().atMost(BOUND).until(() -> output().contains(text));
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws Exception {
      if (process.isAlive()) {
        in.close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("console exits").isTrue();
        assertThat(process.exitValue()).isZero();
      }
    }
  }

  @Test
  void aCheckDueWhileKilledRunsOnceAfterTheRestartAndEachVerdictIsRecordedOnce() throws Exception {
    prometheus.series(SENT, "0.61");
    String before;
    try (Console first = new Console("first")) {
      first.type("/incident declare Assistant gives degraded answers --sev 2 --model assistant@v3");
      first.type("/incident rollout start --traffic 2%");
      first.awaitOutput("to #console: " + ID + ": Canary breached a metric criterion");
      first.kill();
      before = first.output();
    }
    int queriedBefore = prometheus.requests().size();
    prometheus.series(SENT, "0.83");
    // Down for at least two more checks (3 s each); they are due while nothing runs.
    Thread.sleep(7_000);

    String after;
    try (Console second = new Console("second")) {
      second.awaitOutput(ID + ": promoted to Limited, 10% of traffic");
      after = second.output();
    }

    assertThat(before)
        .contains("A metric criterion of Canary is breached:")
        .contains("- " + CHECK + ": 0.61, 2 failing checks in a row");
    assertThat(after)
        .contains("Every metric criterion of Canary holds:")
        .contains("- " + CHECK + ": 0.83, held 0 minutes");
    assertThat(count(before + after, "Canary breached a metric criterion")).isEqualTo(1);
    assertThat(count(after, "promoted to Limited")).isEqualTo(1);
    // One query after the restart: the check that fell due while the process was down, once.
    assertThat(prometheus.requests()).hasSize(queriedBefore + 1);
    assertThat(gateEntries())
        .containsExactly(
            "Canary gate: " + CHECK + " breached: 0.61 after 2 failing checks in a row",
            "Canary gate: " + CHECK + " met: 0.83");
  }

  private List<String> gateEntries() {
    try (Database database = Database.open(dbUrl())) {
      List<TimelineEntry> timeline =
          database
              .incidents()
              .inTransaction(
                  new Tenant(Platform.CONSOLE, "console"),
                  tx -> tx.timeline().of(new IncidentId(ID)));
      return timeline.stream()
          .filter(e -> e.kind() == EntryKind.GATE)
          .map(TimelineEntry::text)
          .toList();
    }
  }

  private String dbUrl() {
    return "jdbc:sqlite:" + dir.resolve("aiir.db");
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return Path.of("target", "aiir-bot.jar").toAbsolutePath().toString();
  }
}
