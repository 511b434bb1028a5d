package dev.aiir.commands.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeFormatsTest {
  @Test
  void durationsReadAsWords() {
    assertThat(TimeFormats.words(Duration.ofHours(6))).isEqualTo("6 hours");
    assertThat(TimeFormats.words(Duration.ofMinutes(4 * 60 + 42))).isEqualTo("4 hours 42 minutes");
    assertThat(TimeFormats.words(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    assertThat(TimeFormats.words(Duration.ofSeconds(59))).isEqualTo("0 minutes");
    assertThat(TimeFormats.words(Duration.ofHours(27))).isEqualTo("1 day 3 hours");
  }
}
