package dev.aiir.db;

import dev.aiir.commands.port.GateTableContract;
import dev.aiir.commands.port.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store keeps every promise about rollout gates, each test in a new database. */
class PostgresGateTableTest extends GateTableContract {
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
