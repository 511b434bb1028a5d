package dev.aiir.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T-ACME");
  @TempDir Path folder;
  private HikariDataSource pool;
  private Writers writers;
  private GroupCommit groups;

  @BeforeEach
  void open() {
    String url = "jdbc:sqlite:" + folder.resolve("aiir.db");
    Database.open(url).close();
    pool = ConnectionPool.open(new StoreUrl(url));
    writers = new Writers(true);
    groups =
        new GroupCommit(
            Jdbi.create(pool), writers, Dialect.of(new StoreUrl(url)), "test-store-writer");
  }

  @AfterEach
  void close() {
    groups.close();
    pool.close();
  }

  @Test
  void aTransactionThatFailsInAGroupIsUndoneAloneAndFailsOnlyItsOwnCaller() throws Exception {
    ReentrantLock file = writers.queue().orElseThrow();
    file.lock();
    CompletableFuture<IncidentId> first;
    CompletableFuture<IncidentId> failing;
    CompletableFuture<IncidentId> third;
    try {
      // The writer takes the first and waits for the file; the next two queue as one group.
      first = CompletableFuture.supplyAsync(this::nextId);
      await().until(() -> groups.waiting() == 0 && file.hasQueuedThreads());
      failing =
          CompletableFuture.supplyAsync(
              () ->
                  groups.inTransaction(
                      ACME,
                      tx -> {
                        tx.incidents().allocateId("AI-IR", 2026);
                        throw new IllegalStateException("refused after taking a number");
                      }));
      third = CompletableFuture.supplyAsync(this::nextId);
      await().until(() -> groups.waiting() == 2);
    } finally {
      file.unlock();
    }

    assertThat(first.get()).isEqualTo(new IncidentId("AI-IR-2026-001"));
    assertThatThrownBy(failing::get)
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("refused after taking a number");
    assertThat(third.get())
        .as("the failed one's number, given back by its savepoint alone")
        .isEqualTo(new IncidentId("AI-IR-2026-002"));
    assertThat(nextId()).isEqualTo(new IncidentId("AI-IR-2026-003"));
  }

  @Test
  void aTransactionCannotBeginInsideAnotherAndNothingOfEitherIsKept() {
    assertThatThrownBy(
            () ->
                groups.inTransaction(
                    ACME,
                    tx -> {
                      tx.incidents().allocateId("AI-IR", 2026);
                      return nextId();
                    }))
        .hasMessageContaining("cannot begin inside another");

    assertThat(nextId()).isEqualTo(new IncidentId("AI-IR-2026-001"));
  }

  @Test
  void aThreadHoldingTheFilesTurnCannotBeginATransaction() {
    ReentrantLock file = writers.queue().orElseThrow();
    file.lock();
    try {
      assertThatThrownBy(this::nextId).hasMessageContaining("cannot begin inside another");
    } finally {
      file.unlock();
    }

    assertThat(nextId()).isEqualTo(new IncidentId("AI-IR-2026-001"));
  }

  @Test
  void onceClosedATransactionFailsAtOnce() {
    groups.close();

    assertThatThrownBy(this::nextId).hasMessageContaining("closed");
  }

  private IncidentId nextId() {
    return groups.inTransaction(ACME, tx -> tx.incidents().allocateId("AI-IR", 2026));
  }
}
