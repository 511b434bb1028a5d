package dev.aiir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlertsBenchmarkOptionsTest {
  @Test
  void anUnknownBotWarmUpIsRefusedWithItsChoicesBeforeAnythingStarts() {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = BenchMain.run("alerts", "--bot-warm-up", "later");
    } finally {
      System.setErr(before);
    }

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--bot-warm-up takes serve or none, not 'later'")
        .doesNotContain("bench alerts:");
  }
}
