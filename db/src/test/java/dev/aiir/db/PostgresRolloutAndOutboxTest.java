package dev.aiir.db;

import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.RolloutAndOutboxContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL store keeps every promise about rollouts and the outbox, each test in a new
 * database.
 */
class PostgresRolloutAndOutboxTest extends RolloutAndOutboxContract {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private Database database;

  @Override
  protected IncidentStore newStore() {
    database = Database.open(POSTGRES.newDatabase());
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
