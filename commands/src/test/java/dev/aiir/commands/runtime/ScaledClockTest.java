package dev.aiir.commands.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.runtime.ScaledClock.Anchor;
import dev.aiir.commands.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaledClockTest {
  private static final Instant T0 = Instant.parse("2026-03-12T14:40:00Z");
  private final MutableClock real = new MutableClock(T0);

  @Test
  void aDrillAtThirtySixHundredRunsAnHourPerSecond() {
    ScaledClock clock = ScaledClock.continuing(Optional.empty(), real, 3600);

    real.advance(Duration.ofSeconds(2));

    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(clock.toReal(T0.plus(Duration.ofHours(4)))).isEqualTo(T0.plusSeconds(4));
  }

  @Test
  void aRestartAtTheSameScaleGoesOnFromTheStoredAnchorDowntimeIncluded() {
    Anchor stored = ScaledClock.continuing(Optional.empty(), real, 3600).anchor();
    real.advance(Duration.ofSeconds(10));

    ScaledClock restarted = ScaledClock.continuing(Optional.of(stored), real, 3600);

    assertThat(restarted.instant()).isEqualTo(T0.plus(Duration.ofHours(10)));
  }

  @Test
  void aNewScaleGoesOnFromWhereTheOldClockWas() {
    Anchor stored = ScaledClock.continuing(Optional.empty(), real, 60).anchor();
    real.advance(Duration.ofMinutes(1));

    ScaledClock faster = ScaledClock.continuing(Optional.of(stored), real, 3600);
    real.advance(Duration.ofSeconds(1));

    assertThat(faster.instant()).isEqualTo(T0.plus(Duration.ofHours(2)));
  }

  @Test
  void scaleOneIsRealTime() {
    ScaledClock clock = ScaledClock.unscaled(real);
    real.advance(Duration.ofMinutes(5));

    assertThat(clock.instant()).isEqualTo(real.instant());
    assertThat(clock.toReal(T0.plusSeconds(42))).isEqualTo(T0.plusSeconds(42));
  }
}
