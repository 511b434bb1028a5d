package dev.aiir.db;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent writes through two replicas' stores on one PostgreSQL database. */
class PostgresConcurrentWritesTest extends ConcurrentWritesContract {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();

  @Override
  protected List<Database> openReplicas() {
    String url = POSTGRES.newDatabase();
    return List.of(Database.open(url), Database.open(url));
  }
}
