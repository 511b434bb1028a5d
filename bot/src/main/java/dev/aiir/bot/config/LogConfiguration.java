package dev.aiir.bot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The process's logging, set up in code (found by logback as a service) rather than read from a
 * {@code logback.xml}: reading XML loaded some 600 classes and took about a tenth of the start-up's
 * CPU. Standard output carries only what commands print; logs go to standard error. {@code
 * AIIR_LOG_LEVEL} sets aiir's own level (INFO by default); other libraries log warnings. A {@code
 * -Dlogback.configurationFile} still wins.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} - %msg%n";

  private static final Map<String, Level> LEVELS =
      Map.of(
          "org.flywaydb", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          // Quartz's job store (aiir's subclass of it) reports each start's recovery at INFO.
          "dev.aiir.scheduler.TimerJobStore", Level.WARN,
          // Bolt logs the body of a request it cannot classify; a Slack form carries the legacy
          // verification token, which is never to reach a log.
          "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LoggingSetUp.begun();
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    context.getLogger("dev.aiir").setLevel(aiirLevel(System.getenv("AIIR_LOG_LEVEL")));
    LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** {@code AIIR_LOG_LEVEL}, as logback reads a level: INFO when unset or not a level. */
  static Level aiirLevel(String value) {
    return Level.toLevel(value, Level.INFO);
  }
}
