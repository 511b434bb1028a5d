package dev.aiir.db;

import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.RolloutAndOutboxContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store keeps every promise about rollouts and the outbox, each test on a new file. */
class SqliteRolloutAndOutboxTest extends RolloutAndOutboxContract {
  @TempDir Path folder;
  private Database database;

  @Override
  protected IncidentStore newStore() {
    database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"));
    return database.incidents();
  }

  @Override
  protected DeliveryQueue queue() {
    return database.deliveries();
  }

  @AfterEach
  void closeTheDatabase() {
    database.close();
  }
}
