package dev.aiir.db;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent writes through one SQLite store: one process is all a SQLite file serves. */
class SqliteConcurrentWritesTest extends ConcurrentWritesContract {
  @TempDir Path folder;

  @Override
  protected List<Database> openReplicas() {
    return List.of(Database.open("jdbc:sqlite:" + folder.resolve("aiir.db")));
  }
}
