package dev.aiir.db;

import dev.aiir.commands.runtime.DaemonThreads;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log into the database from a thread of its own. Left to SQLite, the
 * commit that takes the log past 1,000 pages copies it and fsyncs both files while every other
 * command waits for the write lock: under 2,000 commands a second that was three times a second,
 * with fsyncs of 4 ms on average and up to 45 ms, and it made the slowest acknowledgements. A
 * passive checkpoint here runs beside the writers without blocking them. It cannot finish while
 * they keep appending, so once the log passes {@link #FINISH_FRAMES} pages one checkpoint runs in
 * the writers' queue, where it finds little left to copy, and the next commit starts the log over.
 * Commits are as durable as before: a commit is in the log before it is acknowledged; only when the
 * log is copied changes.
 */
final class WalCheckpoints implements AutoCloseable {
  static final long INTERVAL_MILLIS = 200;
  static final int FINISH_FRAMES = 8_000;
  private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);
  private final Connection connection;
  private final Writers writers;
  private final ScheduledExecutorService thread;
  private boolean failing;

  private WalCheckpoints(Connection connection, Writers writers) {
    this.connection = connection;
    this.writers = writers;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aiir-wal-checkpoints"));
  }

  /** Checkpoints the store at {@code url} every {@link #INTERVAL_MILLIS} ms until closed. */
  static WalCheckpoints start(StoreUrl url, Writers writers) {
    try {
      WalCheckpoints checkpoints =
          new WalCheckpoints(ConnectionPool.sqliteDataSource(url).getConnection(), writers);
      checkpoints.thread.scheduleWithFixedDelay(
          checkpoints::checkpoint, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
      return checkpoints;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + url.redacted() + " to checkpoint it", e);
    }
  }

  /**
   * One round: a passive checkpoint, finished in the writers' queue when the log is long. Rounds
   * share one connection, so they take turns.
   */
  synchronized void checkpoint() {
    try {
      if (passive().logFrames() >= FINISH_FRAMES) {
        writers.one(this::passiveUnchecked);
      }
      if (failing) {
        LOG.info("WAL checkpoints succeed again");
        failing = false;
      }
    } catch (SQLException | IllegalStateException e) {
      // SQLite checkpoints on its own at a higher limit meanwhile; say so once, not every round.
      if (!failing) {
        LOG.warn("WAL checkpoint failed; SQLite's own checkpoints take over: {}", e.getMessage());
        failing = true;
      }
    }
  }

  /** The log's length and how much of it is in the database, after one passive checkpoint. */
  record Progress(int logFrames, int checkpointedFrames) {}

  synchronized Progress passive() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      row.next();
      return new Progress(row.getInt(2), row.getInt(3));
    }
  }

  private Progress passiveUnchecked() {
    try {
      return passive();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing the checkpoint connection: {}", e.getMessage());
    }
  }
}
