package dev.aiir.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz's locked transactions on SQLite take their turn in the store's queue of writers, once per
 * transaction, and leave it when they end.
 */
class SqliteLockHandlerTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  @TempDir Path folder;
  private final ReentrantLock storeWriters = new ReentrantLock(true);
  private final SqliteLockHandler handler = new SqliteLockHandler();
  private String url;

  @BeforeEach
  void createLocksTable() throws Exception {
    url = "jdbc:sqlite:" + folder.resolve("aiir.db");
    try (Connection conn = DriverManager.getConnection(url)) {
      conn.createStatement()
          .execute(
              "CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL,"
                  + " LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME))");
    }
    handler.queueWith(storeWriters);
  }

  /** A Quartz transaction: the lock, a commit, the release, as Quartz orders them. */
  private void lockedTransaction(String lockName) throws Exception {
    try (Connection conn = DriverManager.getConnection(url)) {
      conn.setAutoCommit(false);
      handler.obtainLock(conn, lockName);
      conn.commit();
      handler.releaseLock(lockName);
    }
  }

  @Test
  void aLockedTransactionWaitsWhileAStoreWriterHoldsTheQueue() throws Exception {
    storeWriters.lock();
    CompletableFuture<Void> quartz;
    try {
      quartz =
          CompletableFuture.runAsync(
              () -> {
                try {
                  lockedTransaction("TRIGGER_ACCESS");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      await().atMost(BOUND).until(storeWriters::hasQueuedThreads);
      assertThat(quartz).isNotDone();
    } finally {
      storeWriters.unlock();
    }

    quartz.get(10, TimeUnit.SECONDS);
    assertThat(storeWriters.isLocked()).as("left the queue when it ended").isFalse();
  }

  @Test
  void aLockAskedForAgainByItsHolderTakesOneTurnAndIsLeftOnce() throws Exception {
    try (Connection conn = DriverManager.getConnection(url)) {
      conn.setAutoCommit(false);
      handler.obtainLock(conn, "TRIGGER_ACCESS");
      handler.obtainLock(conn, "TRIGGER_ACCESS");
      assertThat(storeWriters.getHoldCount()).isEqualTo(1);
      conn.commit();
      handler.releaseLock("TRIGGER_ACCESS");
      handler.releaseLock("TRIGGER_ACCESS");
    }

    assertThat(storeWriters.isLocked()).isFalse();
  }
}
