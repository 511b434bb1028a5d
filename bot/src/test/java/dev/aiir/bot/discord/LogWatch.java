package dev.aiir.bot.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects warnings and errors while a test runs: a payload JDA cannot parse is only logged and its
 * listener never fires, so a quiet log is part of every Discord test's assertions.
 */
final class LogWatch implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<String> allowed = new java.util.concurrent.CopyOnWriteArrayList<>();

  LogWatch() {
    appender.setContext(root.getLoggerContext());
    appender.start();
    root.addAppender(appender);
  }

  /** Every logged line at INFO or above, formatted. */
  List<String> lines() {
    synchronized (appender.list) {
      return appender.list.stream()
          .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
          .map(
              e ->
                  e.getLevel()
                      + " "
                      + e.getLoggerName()
                      + " "
                      + e.getFormattedMessage()
                      + (e.getThrowableProxy() == null
                          ? ""
                          : " " + e.getThrowableProxy().getMessage()))
          .toList();
    }
  }

  List<String> problems() {
    return lines().stream()
        .filter(l -> l.startsWith("WARN") || l.startsWith("ERROR"))
        .filter(l -> allowed.stream().noneMatch(l::contains))
        .toList();
  }

  /** A warning the test provokes on purpose, containing {@code fragment}, is not a problem. */
  void allow(String fragment) {
    allowed.add(fragment);
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
