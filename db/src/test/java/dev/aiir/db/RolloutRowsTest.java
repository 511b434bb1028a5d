package dev.aiir.db;

import static dev.aiir.commands.port.StoreSamples.ALICE;
import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rollout is written run by run, and only the runs that changed since it was read. */
class RolloutRowsTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final IncidentId ID = IncidentId.of("AI-IR", 2026, 1);
  private static final RolloutPlan PLAN = RolloutPlan.defaults();

  @TempDir Path folder;
  private String url;
  private Database database;

  @BeforeEach
  void aRolloutInItsSecondPhase() throws SQLException {
    url = "jdbc:sqlite:" + folder.resolve("aiir.db");
    database = Database.open(url);
    PhaseRun canary =
        PhaseRun.entered(PLAN.first(), 3, DECLARED, ALICE)
            .ended(DECLARED.plusSeconds(7200), ALICE, PhaseEnd.PROMOTED, "");
    PhaseRun limited =
        PhaseRun.entered(PLAN.phases().get(1), 10, DECLARED.plusSeconds(7200), ALICE);
    database
        .incidents()
        .inTransaction(
            ACME,
            tx -> {
              tx.incidents().insert(declared(ACME, ID, "C01", DECLARED));
              tx.rollouts().save(ID, new Rollout(List.of(canary, limited)));
              return null;
            });
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE phase_writes (run INTEGER)");
      s.execute(
          "CREATE TRIGGER phase_updated AFTER UPDATE ON rollout_phases"
              + " BEGIN INSERT INTO phase_writes VALUES (NEW.run); END");
      s.execute(
          "CREATE TRIGGER phase_inserted AFTER INSERT ON rollout_phases"
              + " BEGIN INSERT INTO phase_writes VALUES (NEW.run); END");
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void savingARolloutReadInTheSameTransactionWritesOnlyTheRunsThatChanged() throws SQLException {
    database
        .incidents()
        .inTransaction(
            ACME,
            tx -> {
              Rollout rollout = tx.rollouts().of(ID).orElseThrow();
              tx.rollouts().save(ID, rollout.withCurrent(rollout.current().withTraffic(20)));
              return null;
            });

    assertThat(writtenRuns()).containsExactly(2);
    assertThat(trafficOfTheCurrentRun()).isEqualTo(20);
  }

  @Test
  void aNewRunIsAddedWithoutRewritingTheEarlierOnes() throws SQLException {
    database
        .incidents()
        .inTransaction(
            ACME,
            tx -> {
              Rollout rollout = tx.rollouts().of(ID).orElseThrow();
              PhaseRun ended =
                  rollout
                      .current()
                      .ended(DECLARED.plusSeconds(99_000), ALICE, PhaseEnd.PROMOTED, "");
              PhaseRun majority =
                  PhaseRun.entered(PLAN.phases().get(2), 50, DECLARED.plusSeconds(99_000), ALICE);
              tx.rollouts().save(ID, rollout.withCurrent(ended).then(majority));
              return null;
            });

    assertThat(writtenRuns()).containsExactly(2, 3);
  }

  @Test
  void aRolloutSavedWithoutBeingReadIsWrittenWhole() throws SQLException {
    PhaseRun canary = PhaseRun.entered(PLAN.first(), 5, DECLARED, ALICE);
    database
        .incidents()
        .inTransaction(
            ACME,
            tx -> {
              tx.rollouts()
                  .save(
                      ID,
                      new Rollout(
                          List.of(canary.ended(DECLARED, ALICE, PhaseEnd.PROMOTED, ""), canary)));
              return null;
            });

    assertThat(writtenRuns()).containsExactly(1, 2);
  }

  private List<Integer> writtenRuns() throws SQLException {
    List<Integer> runs = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT run FROM phase_writes ORDER BY rowid")) {
      while (rows.next()) {
        runs.add(rows.getInt(1));
      }
    }
    return runs;
  }

  private int trafficOfTheCurrentRun() {
    return database
        .incidents()
        .inTransaction(ACME, tx -> tx.rollouts().of(ID).orElseThrow().current().traffic());
  }
}
