package dev.aiir.db;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's prepared statements kept per connection and used again: SQLite compiles a statement's
 * SQL each time it is prepared, and in a short write transaction (an alert declaring an incident: a
 * dozen statements) that compiling was a quarter of the time the file's one write lock was held,
 * measured. Statements are prepared on the pooled connection's own SQLite connection, so that the
 * pool does not close them when the connection goes back to it; they close with that connection. A
 * statement is handed out again only once the one before is done with it: the same SQL asked for
 * while its statement is in use (a query inside a loop over the same query) gets one of its own,
 * closed after use, as are statements for generated keys or updatable results.
 */
final class CachedStatements implements StatementBuilderFactory {
  static final int PER_CONNECTION = 256;

  private final Map<SQLiteConnection, Cache> caches =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public StatementBuilder createStatementBuilder(Connection conn) {
    try {
      SQLiteConnection sqlite = conn.unwrap(SQLiteConnection.class);
      return new Builder(caches.computeIfAbsent(sqlite, Cache::new));
    } catch (SQLException e) {
      return new DefaultStatementBuilder();
    }
  }

  /** How many statements are kept for {@code conn}: for tests. */
  int cached(Connection conn) throws SQLException {
    Cache cache = caches.get(conn.unwrap(SQLiteConnection.class));
    return cache == null ? 0 : cache.size();
  }

  /** One connection's statements, by SQL, least recently used first; one thread at a time. */
  private static final class Cache {
    private final SQLiteConnection connection;
    private final Set<PreparedStatement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, PreparedStatement> bySql =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION || inUse.contains(eldest.getValue())) {
              return false;
            }
            closeQuietly(eldest.getValue());
            return true;
          }
        };

    Cache(SQLiteConnection connection) {
      this.connection = connection;
    }

    synchronized PreparedStatement take(String sql) throws SQLException {
      PreparedStatement kept = bySql.get(sql);
      if (kept != null && !kept.isClosed() && !inUse.contains(kept)) {
        inUse.add(kept);
        return kept;
      }
      PreparedStatement fresh = connection.prepareStatement(sql);
      if (kept == null || kept.isClosed()) {
        bySql.put(sql, fresh);
        inUse.add(fresh);
      }
      return fresh;
    }

    /** Whether {@code statement} is kept: if not, the caller closes it. */
    synchronized boolean giveBack(Statement statement) {
      if (!inUse.remove(statement)) {
        return false;
      }
      try {
        PreparedStatement prepared = (PreparedStatement) statement;
        prepared.clearParameters();
        prepared.clearBatch();
        return true;
      } catch (SQLException e) {
        bySql.values().remove(statement);
        return false;
      }
    }

    synchronized int size() {
      return bySql.size();
    }
  }

  private record Builder(Cache cache) implements StatementBuilder {
    private static final StatementBuilder PLAIN = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
      return PLAIN.create(conn, ctx);
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx)
        throws SQLException {
      if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
        return PLAIN.create(conn, sql, ctx);
      }
      return cache.take(sql);
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx)
        throws SQLException {
      return PLAIN.createCall(conn, sql, ctx);
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
      if (!cache.giveBack(stmt)) {
        stmt.close();
      }
    }
  }

  private static void closeQuietly(Statement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // Closing it was only tidying up; its connection frees it when it closes.
    }
  }
}
