package dev.aiir.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows written straight into a PostgreSQL store as a restore from a dump writes them, with no
 * planner statistics, and autovacuum (which would analyze them in its own time) off for the table.
 * Other modules' tests use it through the db test-jar.
 */
public final class RestoredRows {
  private RestoredRows() {}

  /** Closed incidents of workspace T1, numbered {@code from} to {@code to}. */
  public static void closedIncidents(Connection connection, int from, int to) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE incidents SET (autovacuum_enabled = false)");
      statement.execute(
          """
          INSERT INTO incidents (tenant_platform, tenant_workspace, id, title, severity, state,
                                 channel_id, declared_at, detected_at)
          SELECT 'slack', 'T1', 'AI-IR-2026-' || lpad(g::text, 5, '0'), 'restored ' || g, 3,
                 'closed', 'C' || g, 1765000000000 + g, 1765000000000 + g
          FROM generate_series(%d, %d) g
          """
              .formatted(from, to));
    }
  }

  /** How many columns of {@code table} the planner has statistics for. */
  public static int statisticsRows(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema()"
                    + " AND tablename = '"
                    + table
                    + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
