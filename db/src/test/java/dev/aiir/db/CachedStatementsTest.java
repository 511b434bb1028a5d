package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's prepared statements are used again across transactions on the pool's connections, and
 * never by two statements at once.
 */
class CachedStatementsTest {
  private static final String BY_NAME = "SELECT value FROM settings WHERE name = :name";
  @TempDir Path folder;
  private HikariDataSource pool;
  private Jdbi jdbi;
  private final CachedStatements statements = new CachedStatements();
  private final List<Statement> executed = new ArrayList<>();

  @BeforeEach
  void open() {
    pool = ConnectionPool.open(new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db")));
    pool.setMaximumPoolSize(1);
    jdbi = Jdbi.create(pool);
    jdbi.setStatementBuilderFactory(statements);
    jdbi.useHandle(
        h -> {
          h.execute("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT)");
          h.execute("INSERT INTO settings VALUES ('a', 'one'), ('b', 'two')");
        });
  }

  @AfterEach
  void close() {
    pool.close();
  }

  private String valueOf(Handle handle, String name) {
    return handle
        .createQuery(BY_NAME)
        .addCustomizer(recordingTheStatement())
        .bind("name", name)
        .mapTo(String.class)
        .one();
  }

  private StatementCustomizer recordingTheStatement() {
    return new StatementCustomizer() {
      @Override
      public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
        executed.add(stmt);
      }
    };
  }

  @Test
  void aStatementIsPreparedOnceAndUsedAgainByLaterTransactions() throws SQLException {
    String first = jdbi.inTransaction(h -> valueOf(h, "a"));
    int cachedAfterFirst = cached();
    String second = jdbi.inTransaction(h -> valueOf(h, "b"));

    assertThat(first).isEqualTo("one");
    assertThat(second).isEqualTo("two");
    assertThat(executed).hasSize(2);
    assertThat(executed.get(1)).isSameAs(executed.get(0));
    assertThat(executed.get(0).isClosed()).isFalse();
    assertThat(cached()).isEqualTo(cachedAfterFirst);
  }

  private int cached() throws SQLException {
    try (var connection = pool.getConnection()) {
      return statements.cached(connection);
    }
  }

  @Test
  void theSameSqlAskedForWhileItsStatementIsInUseGetsAStatementOfItsOwn() {
    List<String> pairs =
        jdbi.inTransaction(
            h ->
                h
                    .createQuery("SELECT name FROM settings ORDER BY name")
                    .addCustomizer(recordingTheStatement())
                    .mapTo(String.class)
                    .stream()
                    .map(
                        name ->
                            name
                                + "="
                                + h.createQuery("SELECT name FROM settings ORDER BY name")
                                    .addCustomizer(recordingTheStatement())
                                    .mapTo(String.class)
                                    .list())
                    .toList());

    assertThat(pairs).containsExactly("a=[a, b]", "b=[a, b]");
    assertThat(executed.get(1)).isNotSameAs(executed.get(0));
  }

  @Test
  void aStatementUsedAgainCarriesNoBindingsOrBatchOfItsLastUse() {
    jdbi.useTransaction(
        h ->
            h.prepareBatch("INSERT INTO settings (name, value) VALUES (:name, :value)")
                .bind("name", "c")
                .bind("value", "three")
                .add()
                .execute());
    int[] inserted =
        jdbi.inTransaction(
            h ->
                h.prepareBatch("INSERT INTO settings (name, value) VALUES (:name, :value)")
                    .bind("name", "d")
                    .bind("value", "four")
                    .add()
                    .execute());

    assertThat(inserted).containsExactly(1);
    int rows =
        jdbi.withHandle(
            h -> h.createQuery("SELECT count(*) FROM settings").mapTo(Integer.class).one());
    assertThat(rows).isEqualTo(4);
  }
}
