package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.app.WarmUpPlan;
import dev.aiir.db.Database;
import dev.aiir.db.PostgresServer;
import dev.aiir.db.RestoredRows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot started on a PostgreSQL database restored from a dump (rows, no planner statistics) has the
 * server analyze it before start-up's reconciliation reads every open incident at once, which
 * without statistics the server plans as nested loops over all the rows.
 */
class RestoredStoreStatisticsTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  @TempDir Path dir;

  @Test
  void aRestoredStoreIsAnalyzedBeforeStartUpsReconciliation() throws Exception {
    String url = POSTGRES.newDatabase();
    Database.migrate(url);
    try (Connection connection = DriverManager.getConnection(url)) {
      RestoredRows.closedIncidents(connection, 1, 3_000);
      assertThat(RestoredRows.statisticsRows(connection, "incidents"))
          .as("restored without statistics")
          .isZero();

      try (SlackHarness bot =
          new SlackHarness(
              dir, Map.of("AIIR_DB_URL", url), new FakeSlack(), WarmUpPlan.NONE, Duration.ZERO)) {
        bot.server.reconciled().get(30, TimeUnit.SECONDS);

        assertThat(RestoredRows.statisticsRows(connection, "incidents")).isPositive();
      }
    }
  }
}
