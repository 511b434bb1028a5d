package dev.aiir.db;

import dev.aiir.commands.insight.InsightQueriesContract;
import dev.aiir.commands.port.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports' queries on PostgreSQL keep every promise of the port, each test in a new database.
 */
class PostgresInsightQueriesTest extends InsightQueriesContract {
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
