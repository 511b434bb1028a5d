package dev.aiir.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's own pool of connections to the store's database. On SQLite, unlike the store's, these do
 * not begin transactions IMMEDIATE: that deadlocked Quartz's misfire handling when it was measured.
 * On PostgreSQL they are plain READ COMMITTED connections; Quartz locks its own rows.
 */
final class HikariConnections implements ConnectionProvider {
  private static final int OPENING_CONNECTIONS = 2;
  private final HikariDataSource pool;

  HikariConnections(String jdbcUrl, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("aiir-timers");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(size);
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      // Read by sqlite-jdbc as pragmas: readers beside the writer, and writers queue, not fail.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      config.addDataSourceProperty("ApplicationName", "aiir timers");
      // As the store's pool: its full size once start-up is over (fill).
      config.setMinimumIdle(OPENING_CONNECTIONS);
    }
    this.pool = new HikariDataSource(config);
  }

  /** Keeps all its connections from now on (on PostgreSQL it opened with two). */
  void fill() {
    pool.getHikariConfigMXBean().setMinimumIdle(pool.getMaximumPoolSize());
  }

  /** How many connections it keeps open while idle: for tests. */
  int connectionsKept() {
    return pool.getHikariConfigMXBean().getMinimumIdle();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void shutdown() {
    pool.close();
  }

  @Override
  public void initialize() {}
}
