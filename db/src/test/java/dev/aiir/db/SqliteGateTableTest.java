package dev.aiir.db;

import dev.aiir.commands.port.GateTableContract;
import dev.aiir.commands.port.IncidentStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store keeps every promise about rollout gates, each test on a new file. */
class SqliteGateTableTest extends GateTableContract {
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
