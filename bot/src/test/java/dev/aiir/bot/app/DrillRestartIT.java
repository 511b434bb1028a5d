package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's console in a drill (an hour per second), killed with {@code kill -9} before a
 * timer is due and started again after: the reminder is printed exactly once, and a halted
 * rollout's timers never print anything. Two processes on one file fire each timer once.
 */
class DrillRestartIT {
  private static final Duration BOUND = Duration.ofSeconds(30);
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

  /** One run of the jar's console, its commands typed on a pipe that stays open. */
  private final class Console implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final Path out;
    private final Path err;

    Console(String name) throws IOException {
      Path config = dir.resolve("aiir.yml");
      Files.writeString(config, CONFIG);
      out = dir.resolve(name + ".out");
      err = dir.resolve(name + ".err");
      ProcessBuilder builder =
          new ProcessBuilder(java(), "-jar", jar(), "console")
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
      builder.environment().put("AIIR_TIME_SCALE", "3600");
      builder.environment().put("AIIR_CONFIG", config.toString());
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
      return read(out);
    }

    String log() {
      return read(err);
    }

    private String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
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

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return Path.of("target", "aiir-bot.jar").toAbsolutePath().toString();
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aReminderDueWhileKilledIsPrintedOnceAfterTheRestartAndAHaltedRolloutStaysSilent()
      throws Exception {
    Instant limitedEntered;
    String before;
    try (Console first = new Console("first")) {
      first.type("/incident declare Assistant gives degraded answers --sev 2");
      first.type("/incident declare Embeddings drift");
      first.type("/incident rollout start --id AI-IR-2026-002");
      first.type("/incident rollout halt --id AI-IR-2026-002 canary errors");
      first.type("/incident rollout start");
      first.type("/incident rollout promote --force drill: canary verified offline");
      first.awaitOutput("AI-IR-2026-001: promoted to Limited, 10% of traffic");
      limitedEntered = Instant.now();
      first.kill();
      before = first.output();
    }
    assertThat(before)
        .contains("AI-IR-2026-002: rollout halted at Canary")
        .doesNotContain("Limited minimum soak reached");

    // Down past the Limited minimum (4 s) and the halted Canary's minimum and maximum (3 and 5 s).
    await()
        .atMost(BOUND)
        .until(() -> Instant.now().isAfter(limitedEntered.plus(Duration.ofMillis(5500))));

    try (Console second = new Console("second")) {
      second.awaitOutput("to #console: AI-IR-2026-001: Limited minimum soak reached");
      second.awaitOutput("to #console: AI-IR-2026-001: Limited maximum reached");
      second.awaitOutput("to @lee: AI-IR-2026-001: Limited maximum reached");
      String after = second.output();

      String all = before + after;
      assertThat(count(all, "AI-IR-2026-001: Limited minimum soak reached")).isEqualTo(1);
      assertThat(after)
          .contains("Phase: Limited (10-25%), at 10% of traffic")
          .contains("to #managers: AI-IR-2026-001: Limited maximum reached")
          .doesNotContain("to #managers: AI-IR-2026-001: Limited minimum");
      assertThat(all).doesNotContain("AI-IR-2026-002: Canary");
    }
  }

  @Test
  void twoProcessesOnOneFileFireEachTimerOnceWhicheverScheduledIt() throws Exception {
    try (Console owner = new Console("owner")) {
      await().atMost(BOUND).until(() -> owner.log().contains("timers running"));
      try (Console other = new Console("other")) {
        await().atMost(BOUND).until(() -> other.log().contains("another process runs the timers"));

        other.type("/incident declare Assistant gives degraded answers --sev 2");
        other.type("/incident rollout start");
        other.type("/incident rollout promote --force drill: canary verified offline");
        other.awaitOutput("AI-IR-2026-001: promoted to Limited, 10% of traffic");

        await()
            .atMost(BOUND)
            .until(
                () -> {
                  // Each recipient is its own delivery, so the channel's may arrive first.
                  String sent = owner.output() + other.output();
                  return sent.contains("to #console: AI-IR-2026-001: Limited maximum reached")
                      && sent.contains("to @lee: AI-IR-2026-001: Limited maximum reached");
                });
        String all = owner.output() + other.output();
        assertThat(count(all, "AI-IR-2026-001: Limited minimum soak reached")).isEqualTo(1);
        assertThat(count(all, "to #console: AI-IR-2026-001: Limited maximum reached")).isEqualTo(1);
        assertThat(count(all, "to @lee: AI-IR-2026-001: Limited maximum reached")).isEqualTo(1);
      }
    }
  }
}
