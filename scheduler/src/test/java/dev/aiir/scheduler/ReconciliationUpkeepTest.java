package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.scheduler.TimersOnSqlite.Planned;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's upkeep (PostgreSQL's planner statistics, in the application) runs before a
 * reconciliation reads and after every thousand timers it writes, while the tables it writes grow;
 * an upkeep that fails leaves the reconciliation to run all the same.
 */
class ReconciliationUpkeepTest {
  private static final int MISSING = 2_500;
  @TempDir Path folder;

  @Test
  void theUpkeepRunsBeforeTheReadsAndAfterEveryThousandTimersWritten() {
    try (TimersOnSqlite timers = timers()) {
      List<Integer> heldAtUpkeep = new CopyOnWriteArrayList<>();
      timers.quartz.keepUpDuringReconciliation(() -> heldAtUpkeep.add(timers.quartz.pending()));

      Reconciliation done = timers.quartz.reconcile(() -> missing(timers.now()));

      assertThat(done.added()).isEqualTo(MISSING);
      assertThat(heldAtUpkeep).containsExactly(0, 1_000, 2_000);
    }
  }

  @Test
  void aFailingUpkeepLeavesTheReconciliationToRun() {
    try (TimersOnSqlite timers = timers()) {
      timers.quartz.keepUpDuringReconciliation(
          () -> {
            throw new IllegalStateException("permission denied to analyze");
          });

      Reconciliation done = timers.quartz.reconcile(() -> missing(timers.now()));

      assertThat(done.added()).isEqualTo(MISSING);
      assertThat(timers.quartz.pending()).isEqualTo(MISSING);
    }
  }

  private TimersOnSqlite timers() {
    return new TimersOnSqlite(folder, 1, new Recorder(new Planned()), new RecordingChat());
  }

  /** Timers the store expects an hour ahead and more, none of them scheduled. */
  private static List<ScheduledTimer> missing(Instant now) {
    Instant later = now.plus(Duration.ofHours(1));
    return IntStream.range(0, MISSING)
        .mapToObj(i -> new ScheduledTimer(key("restored-" + i), later.plusSeconds(i)))
        .toList();
  }
}
