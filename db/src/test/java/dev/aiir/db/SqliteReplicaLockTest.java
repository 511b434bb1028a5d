package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On SQLite, which one process uses, a role is held by one holder in the process. */
class SqliteReplicaLockTest {
  @TempDir Path folder;

  @Test
  void oneHolderAtATimeAndTheNextTakesItWhenItIsGivenUp() {
    try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"));
        ReplicaLock holder = database.replicaLock("discord-gateway");
        ReplicaLock standby = database.replicaLock("discord-gateway")) {
      assertThat(holder.tryAcquire()).isTrue();
      assertThat(holder.held()).isTrue();
      assertThat(standby.tryAcquire()).isFalse();

      holder.close();

      assertThat(holder.held()).isFalse();
      assertThat(standby.tryAcquire()).isTrue();
    }
  }
}
