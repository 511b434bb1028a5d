package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The process logs as its logback.xml did: to standard error, aiir at INFO, the rest at WARN. */
class LogConfigurationTest {

  @Test
  void logbackFindsTheConfigurationAsAService() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(root.getAppender("STDERR"))
        .isInstanceOfSatisfying(
            ConsoleAppender.class,
            appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
    assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("com.slack.api.bolt.util.SlackRequestParser").getLevel())
        .isEqualTo(Level.ERROR);
  }

  @Test
  void aiirLogsAtTheLevelTheEnvironmentNamesAndInfoOtherwise() {
    assertThat(LogConfiguration.aiirLevel("DEBUG")).isEqualTo(Level.DEBUG);
    assertThat(LogConfiguration.aiirLevel("warn")).isEqualTo(Level.WARN);
    assertThat(LogConfiguration.aiirLevel(null)).isEqualTo(Level.INFO);
    assertThat(LogConfiguration.aiirLevel("loud")).isEqualTo(Level.INFO);
  }
}
