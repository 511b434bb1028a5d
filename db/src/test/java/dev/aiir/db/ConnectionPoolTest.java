package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's SQLite connections are set up for many threads of one process. */
class ConnectionPoolTest {
  @TempDir Path folder;

  @Test
  void sqliteConnectionsUseWalForeignKeysABusyTimeoutAndNormalSync() throws SQLException {
    StoreUrl url = new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db"));
    try (HikariDataSource pool = ConnectionPool.open(url);
        Connection connection = pool.getConnection()) {
      assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
      assertThat(pragma(connection, "synchronous")).isEqualTo("1");
      assertThat(pragma(connection, "wal_autocheckpoint"))
          .isEqualTo(Integer.toString(ConnectionPool.SQLITE_AUTOCHECKPOINT_FRAMES));
    }
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (ResultSet row = connection.createStatement().executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
