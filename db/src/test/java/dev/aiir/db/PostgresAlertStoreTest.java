package dev.aiir.db;

import dev.aiir.commands.port.AlertStoreContract;
import dev.aiir.commands.port.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL store keeps the alert promises (one open record per key), each test in a new
 * database.
 */
class PostgresAlertStoreTest extends AlertStoreContract {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private Database database;

  @Override
  protected IncidentStore newStore() {
    database = Database.open(POSTGRES.newDatabase());
    return database.incidents();
  }

  @AfterEach
  void closeTheDatabase() {
    database.close();
  }
}
