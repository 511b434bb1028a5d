package dev.aiir.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the pool of connections to the store: SQLite tuned for one process of many threads,
 * PostgreSQL for several replicas sharing one server.
 */
final class ConnectionPool {
  static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int SQLITE_POOL_SIZE = 4;
  // WalCheckpoints keeps the log far shorter; SQLite's own checkpoint is the backstop should it
  // stop, at a limit it does not reach while that thread runs.
  static final int SQLITE_AUTOCHECKPOINT_FRAMES = 4 * WalCheckpoints.FINISH_FRAMES;
  private static final int POSTGRESQL_POOL_SIZE = 10;

  /**
   * A PostgreSQL pool opens with this many connections and keeps its full size only once start-up
   * is over ({@link Database#fillPool}): each connection is a server process to start, and the
   * sixteen of the store's and the timers' pools took the CPU from the start itself.
   */
  static final int POSTGRESQL_OPENING_CONNECTIONS = 2;

  private static final long POSTGRESQL_CONNECTION_TIMEOUT_MILLIS = 5_000;

  private ConnectionPool() {}

  static HikariDataSource open(StoreUrl url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("aiir-store");
    if (url.isSqlite()) {
      config.setDataSource(sqliteDataSource(url));
      config.setMaximumPoolSize(SQLITE_POOL_SIZE);
    } else {
      postgresql(config, url);
    }
    return new HikariDataSource(config);
  }

  /**
   * Read-only transactions on SQLite (the timers' reconciliation): DEFERRED, so they take no write
   * lock and WAL lets them read beside the writer; {@code query_only}, so they cannot write. One or
   * two connections, opened when first needed.
   */
  static HikariDataSource openReaders(StoreUrl url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url.value());
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("aiir-store-readers");
    pool.setDataSource(dataSource);
    pool.setMaximumPoolSize(2);
    pool.setMinimumIdle(0);
    pool.setInitializationFailTimeout(-1);
    pool.setConnectionInitSql("PRAGMA query_only = true");
    return new HikariDataSource(pool);
  }

  /**
   * WAL lets readers run beside the writer. IMMEDIATE takes the write lock when a transaction
   * begins, so two transactions never deadlock upgrading a read lock, which the busy timeout could
   * not resolve; the busy timeout then queues writers instead of failing them with SQLITE_BUSY.
   * NORMAL synchronization in WAL mode fsyncs at checkpoints, not at every commit: a commit is in
   * the log, in the operating system's hands, before it is acknowledged, so it survives the
   * application crashing, though not the machine losing power.
   */
  static SQLiteDataSource sqliteDataSource(StoreUrl url) {
    if (url.isSqliteInMemory()) {
      throw new IllegalArgumentException(
          "an in-memory SQLite database cannot be shared by a pool: name a file, such as"
              + " jdbc:sqlite:aiir.db");
    }
    SqliteNativeLibrary.useCachedCopy();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setWalAutocheckpoint(SQLITE_AUTOCHECKPOINT_FRAMES);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url.value());
    return dataSource;
  }

  /**
   * READ COMMITTED, PostgreSQL's own default, stated so that a server configured otherwise cannot
   * change what the store's row locks guarantee. The application name shows which connections are
   * aiir's in {@code pg_stat_activity}. A command waits at most five seconds for a connection, so
   * that an unreachable server fails commands (and {@code /healthz}) soon, not after Hikari's 30.
   */
  private static void postgresql(HikariConfig config, StoreUrl url) {
    config.setJdbcUrl(url.value());
    config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
    config.setMinimumIdle(POSTGRESQL_OPENING_CONNECTIONS);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setConnectionTimeout(POSTGRESQL_CONNECTION_TIMEOUT_MILLIS);
    config.addDataSourceProperty("ApplicationName", "aiir");
  }
}
