package dev.aiir.commands.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import dev.aiir.commands.testing.RecordingTimers;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AfterCommitTimersTest {
  private static final Tenant TENANT = new Tenant(Platform.SLACK, "T1");
  private static final TimerKey KEY =
      TimerKey.of(TENANT, new IncidentId("AI-IR-2026-001"), "rollout", "canary", "min");
  private static final Instant AT = Instant.parse("2026-03-12T16:40:00Z");
  private final RecordingTimers scheduler = new RecordingTimers();
  private final AfterCommitTimers timers = new AfterCommitTimers(scheduler);
  private final IncidentStore store = timers.around(new InMemoryIncidentStore());

  @Test
  void aTimerScheduledInATransactionIsScheduledWhenItCommits() {
    store.inTransaction(
        TENANT,
        tx -> {
          timers.schedule(KEY, AT);
          assertThat(scheduler.scheduled()).isEmpty();
          return null;
        });

    assertThat(scheduler.scheduled()).isEqualTo(Map.of(KEY, AT));
  }

  @Test
  void aTransactionThatRollsBackTouchesNoTimer() {
    scheduler.schedule(KEY, AT);

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    TENANT,
                    tx -> {
                      timers.cancel(KEY);
                      timers.schedule(KEY, AT.plusSeconds(60));
                      throw new IllegalStateException("refused halfway");
                    }))
        .hasMessage("refused halfway");

    assertThat(scheduler.scheduled()).isEqualTo(Map.of(KEY, AT));
  }

  @Test
  void aStoreThatRunsTheWorkOnAThreadOfItsOwnStillHoldsItsTimersBackUntilTheCommit() {
    AfterCommitTimers held = new AfterCommitTimers(scheduler);
    IncidentStore onItsOwnThread = held.around(new OnAThreadOfItsOwn(new InMemoryIncidentStore()));

    onItsOwnThread.inTransaction(
        TENANT,
        tx -> {
          held.schedule(KEY, AT);
          assertThat(scheduler.scheduled()).as("held back inside the work").isEmpty();
          return null;
        });

    assertThat(scheduler.scheduled()).isEqualTo(Map.of(KEY, AT));
  }

  @Test
  void outsideATransactionChangesApplyAtOnce() {
    timers.schedule(KEY, AT);

    assertThat(scheduler.scheduled()).isEqualTo(Map.of(KEY, AT));
  }

  /** A store whose transactions' work runs on another thread, as SQLite's group commit's does. */
  private record OnAThreadOfItsOwn(IncidentStore store) implements IncidentStore {
    @Override
    public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        return thread.submit(() -> store.inTransaction(tenant, work)).get();
      } catch (InterruptedException | ExecutionException e) {
        throw new IllegalStateException(e);
      } finally {
        thread.shutdown();
      }
    }
  }
}
