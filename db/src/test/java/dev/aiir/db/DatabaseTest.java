package dev.aiir.db;

import static dev.aiir.commands.port.StoreSamples.BOB;
import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.action;
import static dev.aiir.commands.port.StoreSamples.done;
import static dev.aiir.commands.port.StoreSamples.fullyRecorded;
import static dev.aiir.commands.port.StoreSamples.note;
import static dev.aiir.commands.port.StoreSamples.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, migrating and reopening a SQLite file. */
class DatabaseTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final IncidentId FIRST = IncidentId.of("AI-IR", 2026, 1);

  @TempDir Path folder;

  @Test
  void everythingSurvivesClosingAndReopeningTheFile() {
    Incident incident = fullyRecorded(ACME, FIRST);
    List<TimelineEntry> timeline;
    try (Database database = Database.open(url())) {
      timeline =
          in(
              database,
              tx -> {
                tx.incidents()
                    .insert(
                        incident.toBuilder().id(tx.incidents().allocateId("AI-IR", 2026)).build());
                tx.actions().add(FIRST, action(Priority.P0, "Add drift monitoring", BOB));
                tx.recovery().save(FIRST, done(RecoveryStep.DATA, "relabelled"));
                tx.timeline().appendOnce(FIRST, pinned(DECLARED, "M1"));
                tx.timeline().append(FIRST, note(DECLARED, "Rolled back to v3.1"));
                return tx.timeline().of(FIRST);
              });
    }

    try (Database reopened = Database.open(url())) {
      run(
          reopened,
          tx -> {
            assertThat(tx.incidents().find(FIRST)).contains(incident);
            assertThat(tx.timeline().of(FIRST)).isEqualTo(timeline).hasSize(2);
            assertThat(tx.actions().of(FIRST)).hasSize(1);
            assertThat(tx.recovery().of(FIRST)).hasSize(1);
            assertThat(tx.timeline().appendOnce(FIRST, pinned(DECLARED, "M1"))).isEmpty();
            assertThat(tx.incidents().allocateId("AI-IR", 2026))
                .isEqualTo(IncidentId.of("AI-IR", 2026, 2));
          });
    }
  }

  @Test
  void migratingTwiceIsHarmless() {
    assertThat(Database.migrate(url())).isEqualTo(new MigrationResult(8, "8"));
    assertThat(Database.migrate(url())).isEqualTo(new MigrationResult(0, "8"));

    try (Database database = Database.open(url())) {
      run(database, tx -> assertThat(tx.incidents().allocateId("AI-IR", 2026)).isEqualTo(FIRST));
    }
  }

  @Test
  void openingCreatesTheFileInWalMode() throws SQLException {
    Path file = folder.resolve("aiir.db");
    assertThat(file).doesNotExist();

    try (Database database = Database.open(url())) {
      assertThat(file).exists();
      assertThat(pragma("journal_mode")).isEqualTo("wal");
    }
  }

  @Test
  void aDatabaseWithoutMigrationsIsRefusedBeforeConnecting() {
    assertThatThrownBy(() -> Database.open("jdbc:h2:mem:aiir;PASSWORD=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aiir has no migrations for h2 databases yet");
  }

  @Test
  void preparingAheadNeverFailsAndLeavesOpeningToReportWhatIsWrong() {
    Database.prepare("jdbc:h2:mem:aiir;PASSWORD=hunter2");
    Database.prepare("not a url at all");
    Database.prepare(url());

    assertThatThrownBy(() -> Database.open("jdbc:h2:mem:aiir;PASSWORD=hunter2"))
        .hasMessage("aiir has no migrations for h2 databases yet");
    try (Database prepared = Database.open(url())) {
      assertThat(prepared.incidents().tenants()).isEmpty();
    }
  }

  @Test
  void anInMemorySqliteDatabaseIsRefused() {
    assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name a file");
  }

  @Test
  void aMigrationNumberedBelowTheSchemasVersionIsStillApplied() throws SQLException {
    Database.migrate(url());
    try (Connection connection = DriverManager.getConnection(url())) {
      connection.createStatement().execute("DROP TABLE gate_states");
      connection.createStatement().execute("DROP TABLE rollout_gates");
      connection.createStatement().execute("DELETE FROM flyway_schema_history WHERE version = '6'");
    }

    assertThat(Database.migrate(url())).isEqualTo(new MigrationResult(1, "8"));
    try (Connection connection = DriverManager.getConnection(url());
        ResultSet row =
            connection
                .createStatement()
                .executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'gate_states'")) {
      row.next();
      assertThat(row.getInt(1)).isEqualTo(1);
    }
  }

  private String url() {
    return "jdbc:sqlite:" + folder.resolve("aiir.db");
  }

  private String pragma(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url());
        ResultSet row = connection.createStatement().executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  private static <T> T in(Database database, Function<TenantStore, T> work) {
    return database.incidents().inTransaction(ACME, work);
  }

  private static void run(Database database, Consumer<TenantStore> work) {
    in(
        database,
        tx -> {
          work.accept(tx);
          return null;
        });
  }
}
