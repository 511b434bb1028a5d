package dev.aiir.commands.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the process's background work, named for thread dumps; daemons, so that they never
 * keep a stopping process alive (each owner still stops its work in order on shutdown).
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Threads named {@code name-1}, {@code name-2}, ... */
  public static ThreadFactory numbered(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> daemon(runnable, name + "-" + count.incrementAndGet());
  }

  /** Threads all named {@code name}, for an executor of one thread. */
  public static ThreadFactory named(String name) {
    return runnable -> daemon(runnable, name);
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
