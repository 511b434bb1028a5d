package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.runtime.ScaledClock;
import dev.aiir.commands.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drill's clock goes on from where it was after the process restarts. */
class DrillClockTest {
  private static final Instant T0 = Instant.parse("2026-03-12T14:40:00Z");
  @TempDir Path folder;
  private final MutableClock real = new MutableClock(T0);

  private ScaledClock open(long scale) {
    try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"))) {
      return database.clock(real, scale);
    }
  }

  @Test
  void aDrillsTimeGoesOnAcrossARestartIncludingTheDowntime() {
    open(3600);
    real.advance(Duration.ofSeconds(3));

    ScaledClock restarted = open(3600);
    real.advance(Duration.ofSeconds(1));

    assertThat(restarted.instant()).isEqualTo(T0.plus(Duration.ofHours(4)));
  }

  @Test
  void withoutADrillTheClockIsRealTime() {
    ScaledClock clock = open(1);
    real.advance(Duration.ofMinutes(3));

    assertThat(clock.instant()).isEqualTo(real.instant());
  }

  @Test
  void aDatabaseThatRanADrillKeepsItsTimeAtNormalSpeed() {
    open(3600);
    real.advance(Duration.ofSeconds(2));

    ScaledClock normal = open(1);
    real.advance(Duration.ofMinutes(1));

    assertThat(normal.instant())
        .isEqualTo(T0.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
  }
}
