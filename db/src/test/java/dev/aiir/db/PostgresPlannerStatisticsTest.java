package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's tables get planner statistics where they have none (a restored dump, a fresh load) or
 * have far outgrown them, and are left alone once current; autovacuum, which would analyze them in
 * its own time, is off for the tables filled here so that only the store does.
 */
class PostgresPlannerStatisticsTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  @TempDir Path folder;

  @Test
  void aLoadedTableWithoutStatisticsIsAnalyzedOnceAndThenLeftAlone() throws SQLException {
    String url = POSTGRES.newDatabase();
    try (Database database = Database.open(url);
        Connection connection = DriverManager.getConnection(url)) {
      RestoredRows.closedIncidents(connection, 1, 3_000);
      assertThat(RestoredRows.statisticsRows(connection, "incidents")).isZero();

      assertThat(database.refreshStaleStatistics()).containsExactly("public.incidents");

      assertThat(RestoredRows.statisticsRows(connection, "incidents")).isPositive();
      assertThat(database.refreshStaleStatistics()).isEmpty();
    }
  }

  @Test
  void aTableFarLargerThanWhenLastAnalyzedIsAnalyzedAgain() throws SQLException {
    String url = POSTGRES.newDatabase();
    try (Database database = Database.open(url);
        Connection connection = DriverManager.getConnection(url)) {
      RestoredRows.closedIncidents(connection, 1, 2_000);
      assertThat(database.refreshStaleStatistics()).containsExactly("public.incidents");
      RestoredRows.closedIncidents(connection, 2_001, 4_000);
      assertThat(database.refreshStaleStatistics()).as("doubled: not yet").isEmpty();

      RestoredRows.closedIncidents(connection, 4_001, 12_000);

      assertThat(database.refreshStaleStatistics()).containsExactly("public.incidents");
    }
  }

  @Test
  void aTableAnotherAnalysisHoldsIsLeftToItInsteadOfWaitedFor() throws Exception {
    String url = POSTGRES.newDatabase();
    try (Database database = Database.open(url);
        Connection connection = DriverManager.getConnection(url);
        Connection other = DriverManager.getConnection(url)) {
      RestoredRows.closedIncidents(connection, 1, 3_000);
      other.setAutoCommit(false);
      try (Statement lock = other.createStatement()) {
        // The lock an analysis or a vacuum of the table holds (another replica's, autovacuum's).
        lock.execute("LOCK TABLE incidents IN SHARE UPDATE EXCLUSIVE MODE");

        CompletableFuture<List<String>> refreshed =
            CompletableFuture.supplyAsync(database::refreshStaleStatistics);

        assertThat(refreshed.get(30, TimeUnit.SECONDS)).containsExactly("public.incidents");
        assertThat(RestoredRows.statisticsRows(connection, "incidents")).isZero();
      } finally {
        other.rollback();
      }
      assertThat(database.refreshStaleStatistics()).containsExactly("public.incidents");
      assertThat(RestoredRows.statisticsRows(connection, "incidents")).isPositive();
    }
  }

  @Test
  void aNewStoresSmallTablesNeedNoAnalysis() {
    try (Database database = Database.open(POSTGRES.newDatabase())) {
      assertThat(database.refreshStaleStatistics()).isEmpty();
    }
  }

  @Test
  void aSqliteStoreIsNeverAnalyzed() {
    try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"))) {
      assertThat(database.refreshStaleStatistics()).isEmpty();
    }
  }
}
