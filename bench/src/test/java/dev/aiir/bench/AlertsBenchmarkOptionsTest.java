package dev.aiir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlertsBenchmarkOptionsTest {
  @Test
  void anUnknownBotWarmUpIsRefusedWithItsChoicesBeforeAnythingStarts() {
    Refusal refusal = run("alerts", "--bot-warm-up", "later");

    assertThat(refusal.exit()).isEqualTo(2);
    assertThat(refusal.err())
        .contains("--bot-warm-up takes serve or none, not 'later'")
        .doesNotContain("bench alerts:");
  }

  @Test
  void twoReplicasOnOneSqliteFileAreRefusedBeforeAnythingStarts() {
    Refusal refusal = run("alerts", "--db", "sqlite", "--replicas", "2");

    assertThat(refusal.exit()).isEqualTo(2);
    assertThat(refusal.err())
        .contains("--replicas takes 1 with --db sqlite")
        .doesNotContain("bench alerts:");
  }

  @Test
  void threeReplicasOnPostgresqlAreRefusedBeforeAnythingStarts() {
    Refusal refusal = run("alerts", "--db", "postgres", "--replicas", "3");

    assertThat(refusal.exit()).isEqualTo(2);
    assertThat(refusal.err())
        .contains("--replicas takes 1 or 2 with --db postgres")
        .doesNotContain("bench alerts:");
  }

  private record Refusal(int exit, String err) {}

  private static Refusal run(String... args) {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = BenchMain.run(args);
      return new Refusal(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(before);
    }
  }
}
