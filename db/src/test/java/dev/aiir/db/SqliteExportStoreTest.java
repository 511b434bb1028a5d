package dev.aiir.db;

import dev.aiir.commands.port.ExportStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the export promises (the outbox's claims, issues, pages), each on a file.
 */
class SqliteExportStoreTest extends ExportStoreContract {
  @TempDir Path folder;
  private Database database;

  @Override
  protected Stores newStores() {
    database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"));
    return new Stores(database.incidents(), database.exports());
  }

  @AfterEach
  void closeTheDatabase() {
    database.close();
  }
}
