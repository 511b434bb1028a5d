package dev.aiir.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.ScaledClock;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store behind a JDBC URL such as {@code jdbc:sqlite:aiir.db}: its schema migrated on open, its
 * connections pooled until {@link #close()}.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private final HikariDataSource pool;
  private final IncidentStore incidents;
  private final DeliveryQueue deliveries;
  private final DrillClocks drillClocks;

  private Database(HikariDataSource pool, boolean sqlite) {
    this.pool = pool;
    Jdbi jdbi = Jdbi.create(pool);
    Writers writers = new Writers(sqlite);
    this.incidents = new JdbiIncidentStore(jdbi, writers);
    this.deliveries = new JdbiDeliveryQueue(jdbi, writers);
    this.drillClocks = new DrillClocks(jdbi);
  }

  /** Opens the store, creating or migrating its schema first. */
  public static Database open(String jdbcUrl) {
    StoreUrl url = new StoreUrl(jdbcUrl);
    Migrations.requireSupported(url);
    HikariDataSource pool = ConnectionPool.open(url);
    try {
      MigrationResult migrated = Migrations.apply(pool, url);
      log.info("Store open at {}, schema version {}", url.redacted(), migrated.schemaVersion());
      return new Database(pool, url.isSqlite());
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
      MigrationResult migrated = Migrations.apply(pool, url);
      log.info(
          "Migrated {}: {} script(s) applied, schema version {}",
          url.redacted(),
          migrated.applied(),
          migrated.schemaVersion());
      return migrated;
    }
  }

  /** The incidents, their timelines, action items and recovery, each transaction in one tenant. */
  public IncidentStore incidents() {
    return incidents;
  }

  /** The queue of notices to send, across tenants. */
  public DeliveryQueue deliveries() {
    return deliveries;
  }

  /**
   * The core's clock: real time at scale 1, or a drill's clock running {@code scale} times faster,
   * anchored in the store so that its time goes on across restarts.
   */
  public ScaledClock clock(Clock real, long scale) {
    return drillClocks.open(real, scale);
  }

  @Override
  public void close() {
    pool.close();
  }
}
