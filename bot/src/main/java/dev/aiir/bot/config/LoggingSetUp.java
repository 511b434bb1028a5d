package dev.aiir.bot.config;

import dev.aiir.commands.runtime.DaemonThreads;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Logging set up on a thread of its own while the start goes on (logback's set-up is a sixth of a
 * second of CPU). Whichever thread first asks SLF4J for a logger sets logging up, and others get
 * loggers that keep what they log until it is ready; so the start's critical thread waits until the
 * set-up has begun elsewhere (logback calls {@link LogConfiguration}), a few milliseconds, rather
 * than do it all itself when it logs a moment later.
 */
public final class LoggingSetUp {
  private static final long WAIT_MILLIS = 300;
  private static final CountDownLatch BEGUN = new CountDownLatch(1);

  private LoggingSetUp() {}

  /** Starts the set-up on thread {@code aiir-logging}; returns once it has begun, or 300 ms. */
  public static void beside() {
    DaemonThreads.named("aiir-logging").newThread(LoggerFactory::getILoggerFactory).start();
    try {
      BEGUN.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Called by logback's configuration: from here on other threads get loggers that wait. */
  static void begun() {
    BEGUN.countDown();
  }

  /** Whether a set-up has begun in this JVM: for tests. */
  static boolean hasBegun() {
    return BEGUN.getCount() == 0;
  }
}
