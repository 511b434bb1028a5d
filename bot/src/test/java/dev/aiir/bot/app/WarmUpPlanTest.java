package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.bot.config.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpPlanTest {
  @Test
  void serveWarmsUpUnlessTheOperatorTurnsItOff() {
    assertThat(WarmUpPlan.fromEnvironment(Map.of())).isEqualTo(WarmUpPlan.STANDARD);
    assertThat(WarmUpPlan.fromEnvironment(Map.of("AIIR_WARM_UP", " on ")))
        .isEqualTo(WarmUpPlan.STANDARD);
    assertThat(WarmUpPlan.fromEnvironment(Map.of("AIIR_WARM_UP", "off")))
        .isEqualTo(WarmUpPlan.NONE);
    assertThat(WarmUpPlan.STANDARD.requests()).isPositive();
    assertThat(WarmUpPlan.NONE.requests()).isZero();
  }

  @Test
  void servesWarmUpLeavesTheFirstSecondAfterTheStartToTheFirstCommands() {
    assertThat(WarmUpPlan.STANDARD.after()).isEqualTo(Duration.ofSeconds(1));
    assertThat(new WarmUpPlan(30).after()).isZero();
    assertThatThrownBy(() -> new WarmUpPlan(30, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInterruptedPauseMeansNoWarmUp() {
    Thread.currentThread().interrupt();

    assertThat(WarmUp.waited(Duration.ofSeconds(10))).isFalse();
    assertThat(Thread.interrupted()).as("the interruption is kept").isTrue();
  }

  @Test
  void anUnknownWarmUpIsTheOperatorsMistake() {
    assertThatThrownBy(() -> WarmUpPlan.fromEnvironment(Map.of("AIIR_WARM_UP", "yes")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("AIIR_WARM_UP must be on (the default) or off, not 'yes'");
  }
}
