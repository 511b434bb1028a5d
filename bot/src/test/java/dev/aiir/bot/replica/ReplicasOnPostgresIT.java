package dev.aiir.bot.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.db.PostgresServer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged-jar replicas (console processes) on one PostgreSQL database, in a drill (an hour per
 * second): declares typed on both at once get distinct ids; one replica starts a rollout and is
 * killed with {@code kill -9}; the other fires the rollout's timers and prints each reminder
 * exactly once.
 */
class ReplicasOnPostgresIT {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Duration BOUND = Duration.ofSeconds(45);
  private static final int DECLARES = 10;
  private static final Pattern DECLARED = Pattern.compile("Incident (AI-IR-\\d{4}-\\d+) declared");
  // Canary soaks 3-5 hours (3-5 s here), Limited 4-8 hours (4-8 s).
  private static final String CONFIG =
      """
      rollout:
        phases:
          - name: Canary
            traffic: 1-5%
            duration: 3h-5h
            exit: No anomalies in monitoring dashboards
          - name: Limited
            traffic: 10-25%
            duration: 4h-8h
            exit: Metrics match or exceed pre-incident baseline
          - name: Full
            traffic: 100%
            duration: 72h
            exit: 72 hours of stable operation
      managers:
        default:
          channel: managers
          users: [lee]
      """;

  @TempDir Path dir;

  @Test
  void declaresGetDistinctIdsAndTheSurvivorDeliversTheKilledReplicasReminders() throws Exception {
    String url = POSTGRES.newDatabase();
    try (Replica first = new Replica("first", url);
        Replica second = new Replica("second", url)) {
      for (int i = 0; i < DECLARES; i++) {
        first.type("/incident declare First replica incident " + i);
        second.type("/incident declare Second replica incident " + i);
      }
      List<String> ids = new ArrayList<>();
      for (Replica replica : List.of(first, second)) {
        await().atMost(BOUND).until(() -> count(replica.output(), "declared: ") == DECLARES);
        Matcher m = DECLARED.matcher(replica.output());
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
      assertThat(ids).hasSize(2 * DECLARES).doesNotHaveDuplicates();

      first.type("/incident rollout start --id AI-IR-2026-001");
      first.type("/incident rollout promote --force --id AI-IR-2026-001 drill: canary verified");
      first.awaitOutput("AI-IR-2026-001: promoted to Limited, 10% of traffic");
      first.kill();

      second.awaitOutput("to #console: AI-IR-2026-001: Limited minimum soak reached");
      second.awaitOutput("to #console: AI-IR-2026-001: Limited maximum reached");
      second.awaitOutput("to @lee: AI-IR-2026-001: Limited maximum reached");
      String all = first.output() + second.output();
      assertThat(count(all, "AI-IR-2026-001: Limited minimum soak reached")).isEqualTo(1);
      assertThat(count(all, "to #console: AI-IR-2026-001: Limited maximum reached")).isEqualTo(1);
      assertThat(first.errors() + second.errors()).doesNotContain("never-logged");
    }
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** One replica: the jar's console on the shared database, commands typed on an open pipe. */
  private final class Replica implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final Path out;
    private final Path err;

    Replica(String name, String url) throws IOException {
      Path config = dir.resolve("aiir.yml");
      Files.writeString(config, CONFIG);
      out = dir.resolve(name + ".out");
      err = dir.resolve(name + ".err");
      ProcessBuilder builder =
          new ProcessBuilder(java(), "-jar", jar(), "console")
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("AIIR_DB_URL", url + "&password=never-logged");
      builder.environment().put("AIIR_TIME_SCALE", "3600");
      builder.environment().put("AIIR_CONFIG", config.toString());
      builder.environment().remove("SLACK_BOT_TOKEN");
      builder.environment().remove("DISCORD_TOKEN");
      process = builder.start();
      in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      // Started one after the other, so that the second continues the first's drill clock.
      await().atMost(BOUND).until(() -> errors().contains("timers running"));
    }

    void type(String line) throws IOException {
      in.write(line + "\n");
      in.flush();
    }

    String output() {
      return read(out);
    }

    String errors() {
      return read(err);
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

    private String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return Path.of("target", "aiir-bot.jar").toAbsolutePath().toString();
  }
}
