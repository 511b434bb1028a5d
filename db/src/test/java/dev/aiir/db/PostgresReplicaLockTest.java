package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two replicas on one PostgreSQL database contend for a role through an advisory lock. */
class PostgresReplicaLockTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private String url;
  private Database first;
  private Database second;

  @BeforeEach
  void openTwoReplicas() {
    url = POSTGRES.newDatabase();
    first = Database.open(url);
    second = Database.open(url);
  }

  @AfterEach
  void closeThem() {
    first.close();
    second.close();
  }

  @Test
  void onlyOneReplicaHoldsARoleAndTheOtherTakesItWhenItIsGivenUp() {
    try (ReplicaLock holder = first.replicaLock("discord-gateway");
        ReplicaLock standby = second.replicaLock("discord-gateway")) {
      assertThat(holder.tryAcquire()).isTrue();
      assertThat(standby.tryAcquire()).isFalse();
      assertThat(holder.tryAcquire()).isTrue();
      assertThat(standby.held()).isFalse();

      holder.close();

      assertThat(holder.held()).isFalse();
      assertThat(standby.tryAcquire()).isTrue();
      assertThat(holder.tryAcquire()).isFalse();
    }
  }

  @Test
  void rolesOfDifferentNamesAreHeldIndependently() {
    try (ReplicaLock gateway = first.replicaLock("discord-gateway");
        ReplicaLock other = second.replicaLock("something-else")) {
      assertThat(gateway.tryAcquire()).isTrue();
      assertThat(other.tryAcquire()).isTrue();
    }
  }

  @Test
  void aHolderWhoseSessionEndsLearnsItLostTheRoleAndAnotherTakesIt() throws SQLException {
    try (ReplicaLock holder = first.replicaLock("discord-gateway");
        ReplicaLock standby = second.replicaLock("discord-gateway")) {
      assertThat(holder.tryAcquire()).isTrue();
      assertThat(standby.tryAcquire()).isFalse();

      // As when the holder's connection breaks: the server ends the session and its lock.
      assertThat(terminateSessionsOf("aiir lock discord-gateway")).isEqualTo(2);
      assertThat(holder.held()).isFalse();

      assertThat(standby.tryAcquire()).isTrue();
      assertThat(holder.tryAcquire()).isFalse();
    }
  }

  @Test
  void theKeyOfANameIsStable() {
    assertThat(AdvisoryLock.keyOf("discord-gateway"))
        .isEqualTo(AdvisoryLock.keyOf("discord-gateway"))
        .isNotEqualTo(AdvisoryLock.keyOf("discord-gateway2"));
  }

  private int terminateSessionsOf(String applicationName) throws SQLException {
    try (Connection admin = DriverManager.getConnection(url);
        ResultSet rows =
            admin
                .createStatement()
                .executeQuery(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE application_name = '"
                        + applicationName
                        + "'")) {
      int terminated = 0;
      while (rows.next()) {
        terminated++;
      }
      return terminated;
    }
  }
}
