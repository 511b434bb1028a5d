package dev.aiir.scheduler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.quartz.impl.jdbcjobstore.LockException;
import org.quartz.impl.jdbcjobstore.Semaphore;
import org.quartz.impl.jdbcjobstore.SimpleSemaphore;
import org.quartz.impl.jdbcjobstore.TablePrefixAware;

/**
 * Quartz's in-JVM lock, then SQLite's write lock, in that order. The store writes to the same file
 * from its own connections: a Quartz transaction that read first and wrote second would fail at
 * once with SQLITE_BUSY whenever the store committed in between (and Quartz then pauses 15 s). A
 * locked Quartz transaction therefore begins with a write to its lock row, which waits for the
 * writer lock under SQLite's busy timeout; the in-JVM lock, taken first, keeps Quartz's own threads
 * from queueing on the file. The store never takes the in-JVM lock, so the two locks are always
 * taken in the same order and cannot deadlock. Given the store's own queue of writers ({@link
 * #queueWith}), a locked Quartz transaction also takes its turn there, between the in-JVM lock and
 * the file's, so that it does not poll the file while the store's writers take it one after
 * another.
 */
public final class SqliteLockHandler implements Semaphore, TablePrefixAware {
  private static final long BUSY_TIMEOUT_MILLIS = 10_000;
  private final SimpleSemaphore inJvm = new SimpleSemaphore();
  private String tablePrefix = "QRTZ_";
  private String schedulerName = "aiir";
  private volatile Lock writerQueue;

  /** Quartz's locked transactions queue with the store's writers in {@code queue} from now on. */
  void queueWith(Lock queue) {
    this.writerQueue = queue;
  }

  @Override
  public boolean obtainLock(Connection conn, String lockName) throws LockException {
    // Quartz may ask again for a lock its thread holds; that takes no second turn in the queue.
    boolean held = inJvm.isLockOwner(lockName);
    if (!inJvm.obtainLock(conn, lockName)) {
      return false;
    }
    Lock queue = held ? null : writerQueue;
    try {
      takeTurn(queue, lockName);
    } catch (LockException e) {
      inJvm.releaseLock(lockName);
      throw e;
    }
    try {
      takeWriteLock(conn, lockName);
      return true;
    } catch (SQLException e) {
      leave(queue);
      inJvm.releaseLock(lockName);
      throw new LockException("could not take SQLite's write lock for " + lockName, e);
    }
  }

  /** As long as SQLite's busy timeout would have waited for the file, and no longer. */
  private static void takeTurn(Lock queue, String lockName) throws LockException {
    if (queue == null) {
      return;
    }
    try {
      if (!queue.tryLock(BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new LockException("the store's writers held the file too long for " + lockName);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockException("interrupted waiting to write for " + lockName, e);
    }
  }

  private static void leave(Lock queue) {
    if (queue != null) {
      queue.unlock();
    }
  }

  private void takeWriteLock(Connection conn, String lockName) throws SQLException {
    String update =
        "UPDATE "
            + tablePrefix
            + "LOCKS SET LOCK_NAME = LOCK_NAME"
            + " WHERE SCHED_NAME = ? AND LOCK_NAME = ?";
    try (PreparedStatement statement = conn.prepareStatement(update)) {
      statement.setString(1, schedulerName);
      statement.setString(2, lockName);
      if (statement.executeUpdate() > 0) {
        return;
      }
    }
    String insert = "INSERT INTO " + tablePrefix + "LOCKS (SCHED_NAME, LOCK_NAME) VALUES (?, ?)";
    try (PreparedStatement statement = conn.prepareStatement(insert)) {
      statement.setString(1, schedulerName);
      statement.setString(2, lockName);
      statement.executeUpdate();
    }
  }

  /** The write lock ends with Quartz's commit, which comes before this. */
  @Override
  public void releaseLock(String lockName) {
    if (inJvm.isLockOwner(lockName)) {
      leave(writerQueue);
    }
    inJvm.releaseLock(lockName);
  }

  @Override
  public boolean requiresConnection() {
    return true;
  }

  @Override
  public void setTablePrefix(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  @Override
  public void setSchedName(String schedName) {
    this.schedulerName = schedName;
  }
}
