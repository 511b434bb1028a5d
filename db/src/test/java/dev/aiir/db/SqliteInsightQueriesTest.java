package dev.aiir.db;

import dev.aiir.commands.insight.InsightQueriesContract;
import dev.aiir.commands.port.IncidentStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The reports' queries on SQLite keep every promise of the port, each test on a new file. */
class SqliteInsightQueriesTest extends InsightQueriesContract {
  @TempDir Path folder;
  private Database database;

  @Override
  protected IncidentStore newStore() {
    database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"));
    return database.incidents();
  }

  @AfterEach
  void closeTheDatabase() {
    database.close();
  }
}
