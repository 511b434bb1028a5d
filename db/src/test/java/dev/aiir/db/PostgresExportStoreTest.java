package dev.aiir.db;

import dev.aiir.commands.port.ExportStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store keeps the export promises, each test in a new database. */
class PostgresExportStoreTest extends ExportStoreContract {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private Database database;

  @Override
  protected Stores newStores() {
    database = Database.open(POSTGRES.newDatabase());
    return new Stores(database.incidents(), database.exports());
  }

  @AfterEach
  void closeTheDatabase() {
    database.close();
  }
}
