package dev.aiir.db;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The store's writers on SQLite, queued in the JVM first come first served, so that they wait for
 * each other here rather than in SQLite's busy handler, which sleeps up to 100 ms between tries.
 * Every writer of the store's own pool goes through one instance: incidents and the reminders'
 * queue alike.
 */
final class Writers {
  private final ReentrantLock lock;

  /** One writer at a time when {@code oneAtATime}; otherwise side by side, as a server allows. */
  Writers(boolean oneAtATime) {
    this.lock = oneAtATime ? new ReentrantLock(true) : null;
  }

  /** The queue itself, when there is one, for other writers to the same file to join. */
  Optional<ReentrantLock> queue() {
    return Optional.ofNullable(lock);
  }

  /**
   * Whether this thread holds the queue's turn (a writer of the file, or Quartz under its lock).
   */
  boolean heldByCurrentThread() {
    return lock != null && lock.isHeldByCurrentThread();
  }

  <T> T one(Supplier<T> work) {
    if (lock == null) {
      return work.get();
    }
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
