package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The start waits for logging's set-up to begin elsewhere; logback's configuration says so. */
class LoggingSetUpTest {
  @Test
  void logbacksConfigurationTellsThatTheSetUpHasBegun() {
    LoggerFactory.getLogger(LoggingSetUpTest.class).debug("logging is set up by now");

    assertThat(LoggingSetUp.hasBegun()).isTrue();
  }
}
