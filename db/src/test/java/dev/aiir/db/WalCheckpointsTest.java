package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead log is copied into the database by the checkpoint thread, not by commits. */
class WalCheckpointsTest {
  @TempDir Path folder;

  @Test
  void aCheckpointCopiesEveryCommittedPageIntoTheDatabase() throws SQLException {
    StoreUrl url = new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db"));
    try (HikariDataSource pool = ConnectionPool.open(url);
        WalCheckpoints checkpoints = WalCheckpoints.start(url, new Writers(true))) {
      write(pool, 200);
      checkpoints.checkpoint();
      WalCheckpoints.Progress progress = checkpoints.passive();
      assertThat(progress.logFrames()).isPositive();
      assertThat(progress.checkpointedFrames()).isEqualTo(progress.logFrames());
    }
  }

  @Test
  void aLongLogIsFinishedSoThatTheNextCommitStartsItOver() throws SQLException {
    StoreUrl url = new StoreUrl("jdbc:sqlite:" + folder.resolve("aiir.db"));
    try (HikariDataSource pool = ConnectionPool.open(url);
        WalCheckpoints checkpoints = WalCheckpoints.start(url, new Writers(true))) {
      write(pool, WalCheckpoints.FINISH_FRAMES + 100);
      checkpoints.checkpoint();
      write(pool, 1);
      assertThat(checkpoints.passive().logFrames()).isLessThan(100);
    }
  }

  /** Commits {@code count} transactions of one row each, so the log grows a page or more each. */
  private static void write(HikariDataSource pool, int count) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)");
      for (int i = 0; i < count; i++) {
        statement.execute("INSERT INTO notes (body) VALUES ('note " + i + "')");
      }
    }
  }
}
