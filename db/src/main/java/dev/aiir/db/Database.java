package dev.aiir.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.ExportQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.runtime.ScaledClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store behind a JDBC URL such as {@code jdbc:sqlite:aiir.db} or {@code
 * jdbc:postgresql://db/aiir}: its schema migrated on open, its connections pooled until {@link
 * #close()}.
 */
public final class Database implements AutoCloseable {
  private final StoreUrl url;
  private final HikariDataSource pool;
  private final HikariDataSource readers;
  private final IncidentStore incidents;
  private final DeliveryQueue deliveries;
  private final ExportQueue exports;
  private final DrillClocks drillClocks;
  private final WalCheckpoints checkpoints;
  private final GroupCommit groupCommit;
  private final Optional<ReentrantLock> writerQueue;
  private final Optional<PlannerStatistics> statistics;

  private Database(StoreUrl url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
    this.readers = url.isSqlite() ? ConnectionPool.openReaders(url) : null;
    Jdbi jdbi = Jdbi.create(pool);
    Dialect dialect = Dialect.of(url);
    Writers writers = new Writers(dialect.oneTransactionAtATime());
    this.writerQueue = writers.queue();
    Jdbi reading = readers == null ? Jdbi.create(pool) : Jdbi.create(readers);
    if (url.isSqlite()) {
      CachedStatements statements = new CachedStatements();
      jdbi.setStatementBuilderFactory(statements);
      reading.setStatementBuilderFactory(statements);
    }
    this.groupCommit =
        dialect.oneTransactionAtATime()
            ? new GroupCommit(jdbi, writers, dialect, "aiir-store-writer")
            : null;
    this.incidents =
        new JdbiIncidentStore(jdbi, reading, writers, Optional.ofNullable(groupCommit), dialect);
    this.deliveries = new JdbiDeliveryQueue(jdbi, writers);
    this.exports = new JdbiExportQueue(jdbi, writers);
    this.drillClocks = new DrillClocks(jdbi);
    this.checkpoints = url.isSqlite() ? WalCheckpoints.start(url, writers) : null;
    this.statistics = url.isSqlite() ? Optional.empty() : Optional.of(new PlannerStatistics(jdbi));
  }

  /**
   * On PostgreSQL, has the server take its planner statistics again for the store's tables that
   * have none or have far outgrown them (a database restored from a dump, a large load that
   * autovacuum has not caught up with), so that bulk reads such as the timers' reconciliation are
   * planned on the rows there are. A query of the catalog when all are current; nothing on SQLite,
   * whose planner assumes indexed lookups anyway. Returns the tables found so, analyzed but for
   * those that another analysis or a vacuum held at that moment.
   */
  public List<String> refreshStaleStatistics() {
    if (statistics.isEmpty()) {
      return List.of();
    }
    long started = System.nanoTime();
    List<String> found = statistics.get().refresh();
    if (!found.isEmpty()) {
      log()
          .info(
              "planner statistics missing or out of date for {} table(s), ANALYZE took {} ms: {}",
              found.size(),
              (System.nanoTime() - started) / 1_000_000,
              String.join(", ", found));
    }
    return found;
  }

  /**
   * On SQLite, the JVM's first-come-first-served queue for the file's one write lock, which the
   * store's writers take: another writer to the same file in this process (the timers' job store)
   * that takes it too waits here in turn, instead of in SQLite's busy handler, which sleeps up to
   * 100 ms between tries while the store's writers, queued here, take the lock one after another.
   * Empty on PostgreSQL.
   */
  public Optional<ReentrantLock> writerQueue() {
    return writerQueue;
  }

  /**
   * Not a constant: {@link #prepare} runs on a thread beside the start's critical one, and a
   * constant would start logging inside this class's initialization, which the critical thread then
   * waited for when it opened the store (180 ms measured).
   */
  private static Logger log() {
    return LoggerFactory.getLogger(Database.class);
  }

  /**
   * Does ahead, on the caller's thread, what opening the store at {@code jdbcUrl} would do first on
   * its own: for a thread beside start-up, so that the start's one critical thread finds it done
   * (or waits only for the rest of it): SQLite's native library is found in the jar and its cached
   * copy checked (30 to 45 ms; the driver asks {@code uname} which library this system needs).
   * Anything that fails here is left to {@link #open}, which does it again and reports it.
   */
  public static void prepare(String jdbcUrl) {
    try {
      if (new StoreUrl(jdbcUrl).isSqlite()) {
        SqliteNativeLibrary.useCachedCopy();
      }
    } catch (RuntimeException e) {
      log().debug("SQLite's library not prepared ahead: {}", e.toString());
    }
  }

  /** Opens the store, creating or migrating its schema first. */
  public static Database open(String jdbcUrl) {
    StoreUrl url = new StoreUrl(jdbcUrl);
    Migrations.requireSupported(url);
    HikariDataSource pool = ConnectionPool.open(url);
    try {
      MigrationResult migrated = Migrations.apply(pool, url);
      log().info("Store open at {}, schema version {}", url.redacted(), migrated.schemaVersion());
      return new Database(url, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Creates or migrates the schema and closes the connections again: the {@code migrate} command.
   */
  public static MigrationResult migrate(String jdbcUrl) {
    StoreUrl url = new StoreUrl(jdbcUrl);
    Migrations.requireSupported(url);
    try (HikariDataSource pool = ConnectionPool.open(url)) {
      MigrationResult migrated = Migrations.migrate(pool, url);
      log()
          .info(
              "Migrated {}: {} script(s) applied, schema version {}",
              url.redacted(),
              migrated.applied(),
              migrated.schemaVersion());
      return migrated;
    }
  }

  /**
   * On PostgreSQL, has the pool keep all its connections from now on (it opened with two, and adds
   * the rest within its next upkeep, every 30 s): for when start-up is over. Nothing on SQLite,
   * whose pool is open in full.
   */
  public void fillPool() {
    if (!url.isSqlite()) {
      pool.getHikariConfigMXBean().setMinimumIdle(pool.getMaximumPoolSize());
    }
  }

  /** How many connections the pool keeps open while idle: for tests. */
  int connectionsKept() {
    return pool.getHikariConfigMXBean().getMinimumIdle();
  }

  /** The incidents, their timelines, action items and recovery, each transaction in one tenant. */
  public IncidentStore incidents() {
    return incidents;
  }

  /** The queue of notices to send, across tenants. */
  public DeliveryQueue deliveries() {
    return deliveries;
  }

  /** The export outbox, across tenants, and the action items found by their trackers' issues. */
  public ExportQueue exports() {
    return exports;
  }

  /**
   * The core's clock: real time at scale 1, or a drill's clock running {@code scale} times faster,
   * anchored in the store so that its time goes on across restarts.
   */
  public ScaledClock clock(Clock real, long scale) {
    return drillClocks.open(real, scale);
  }

  /**
   * Whether the database answers now, for {@code /healthz}: false when no connection can be had
   * within the pool's timeout or the connection does not answer within {@code seconds}.
   */
  public boolean answers(int seconds) {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(seconds);
    } catch (SQLException e) {
      log().warn("the store at {} does not answer: {}", url.redacted(), e.getMessage());
      return false;
    }
  }

  /** Whether several replicas may share this database (PostgreSQL), or one process has it. */
  public boolean sharedByReplicas() {
    return !url.isSqlite();
  }

  /**
   * A role that one replica at a time may hold, named {@code name} (such as {@code
   * discord-gateway}): a PostgreSQL advisory lock shared by every replica on the database, or on
   * SQLite, which one process uses, a lock in this process.
   */
  public ReplicaLock replicaLock(String name) {
    return url.isSqlite() ? new ProcessLock(url, name) : new AdvisoryLock(url, name);
  }

  @Override
  public void close() {
    if (groupCommit != null) {
      groupCommit.close();
    }
    if (checkpoints != null) {
      checkpoints.close();
    }
    if (readers != null) {
      readers.close();
    }
    pool.close();
  }
}
