package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL store's pool opens small, so that starting server processes does not take the CPU
 * from the bot's start, and keeps its full size once start-up is over; SQLite's is full from the
 * start.
 */
class PostgresConnectionPoolTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  @TempDir Path folder;

  @Test
  void aPostgresStoreOpensWithTwoConnectionsAndKeepsAllOnceFilled() {
    try (Database database = Database.open(POSTGRES.newDatabase())) {
      assertThat(database.connectionsKept()).isEqualTo(2);

      database.fillPool();

      assertThat(database.connectionsKept()).isEqualTo(10);
    }
  }

  @Test
  void aSqliteStoresPoolIsFullFromTheStart() {
    try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"))) {
      int opened = database.connectionsKept();

      database.fillPool();

      assertThat(opened).isEqualTo(4);
      assertThat(database.connectionsKept()).isEqualTo(opened);
    }
  }
}
