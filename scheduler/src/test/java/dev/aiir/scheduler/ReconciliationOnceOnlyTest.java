package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.db.PostgresServer;
import dev.aiir.scheduler.TimersOnSqlite.Planned;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The once-only promise across start-up's background reconciliation: the process stops with timers
 * pending, some of them lost by the scheduler (a crash between a commit and its scheduling) and
 * some held at a time the store no longer expects; timers fall due while it is down and while it
 * reconciles after it starts again (thousands of lost ones far ahead keep it busy). Each timer that
 * should fire fires exactly once, those far ahead not yet, and a later reconciliation adds nothing.
 * On PostgreSQL two replicas restart and reconcile at the same time.
 */
class ReconciliationOnceOnlyTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final int EACH = 40;
  private static final int FAR_AHEAD = 2_500;

  @TempDir Path folder;

  private final Planned planned = new Planned();
  private final List<TimerKey> shouldFire = new ArrayList<>();

  @Test
  void onSqliteEachTimerDueWhileDownOrWhileReconcilingFiresOnce() {
    Recorder recorder = new Recorder(planned);
    Instant restart;
    try (TimersOnSqlite before = new TimersOnSqlite(folder, 1, recorder, new RecordingChat())) {
      restart = plan(before.quartz, before.now());
    }
    awaitUntil(restart);

    try (TimersOnSqlite after = new TimersOnSqlite(folder, 1, recorder, new RecordingChat())) {
      after.start();
      CompletableFuture<Reconciliation> reconciled = after.background.reconcileNow();

      assertThat(reconciled.join().added()).isGreaterThanOrEqualTo(FAR_AHEAD + 2 * EACH);
      awaitAllFired(List.of(recorder));
      assertThat(after.background.reconcileNow().join().added()).isZero();
    }
    assertFiredOnceEach(List.of(recorder));
  }

  @Test
  void onPostgresTwoReplicasReconcilingAtOnceFireEachTimerOnce() {
    String url = POSTGRES.newDatabase();
    List<Recorder> recorders = List.of(new Recorder(planned), new Recorder(planned));
    Instant restart;
    try (TimersOnPostgres before =
        new TimersOnPostgres(url, recorders.get(0), new RecordingChat())) {
      TimersOnSqlite.declareOnce(before.core.store(), before.core.now());
      restart = plan(before.quartz, before.core.now());
    }
    awaitUntil(restart);

    List<TimersOnPostgres> replicas = new ArrayList<>();
    try {
      for (Recorder recorder : recorders) {
        replicas.add(new TimersOnPostgres(url, recorder, new RecordingChat()));
      }
      replicas.forEach(TimersOnPostgres::start);
      List<CompletableFuture<Reconciliation>> reconciled =
          replicas.stream().map(r -> r.background.reconcileNow()).toList();

      int added = reconciled.stream().mapToInt(r -> r.join().added()).sum();
      assertThat(added).isGreaterThanOrEqualTo(FAR_AHEAD + 2 * EACH);
      awaitAllFired(recorders);
      assertThat(replicas.get(0).background.reconcileNow().join().added()).isZero();
    } finally {
      replicas.forEach(TimersOnPostgres::close);
    }
    assertFiredOnceEach(recorders);
  }

  /**
   * Plans and schedules the timers from {@code now}: due while down (held, and lost), due in the
   * first seconds after the restart (held, lost, and held far ahead but expected then), later
   * (held), and far ahead (lost). Returns when to restart.
   */
  private Instant plan(QuartzTimers quartz, Instant now) {
    Instant restart = now.plusSeconds(3);
    for (int i = 0; i < EACH; i++) {
      Instant whileDown = now.plusMillis(1_000 + 25L * i);
      Instant afterRestart = restart.plusMillis(500 + 60L * i);
      held(quartz, "down-held-" + i, whileDown);
      lost("down-lost-" + i, whileDown);
      held(quartz, "up-held-" + i, afterRestart);
      lost("up-lost-" + i, afterRestart.plusMillis(30));
      lostAndHeldElsewhere(quartz, "up-moved-" + i, afterRestart.plusMillis(15));
      held(quartz, "later-" + i, restart.plusSeconds(8).plusMillis(10L * i));
    }
    for (int i = 0; i < FAR_AHEAD; i++) {
      planned.plan(key("far-" + i), now.plus(Duration.ofHours(1)));
    }
    return restart;
  }

  private void held(QuartzTimers quartz, String name, Instant at) {
    planned.plan(key(name), at);
    quartz.schedule(key(name), at);
    shouldFire.add(key(name));
  }

  private void lost(String name, Instant at) {
    planned.plan(key(name), at);
    shouldFire.add(key(name));
  }

  /** Expected at {@code at}, held by the scheduler an hour later (its move was lost). */
  private void lostAndHeldElsewhere(QuartzTimers quartz, String name, Instant at) {
    lost(name, at);
    quartz.schedule(key(name), at.plus(Duration.ofHours(1)));
  }

  private void awaitAllFired(List<Recorder> recorders) {
    await()
        .atMost(BOUND)
        .until(() -> shouldFire.stream().allMatch(key -> count(recorders, key) >= 1));
    // Time for a second firing of any of them to show.
    awaitUntil(Instant.now().plusSeconds(2));
  }

  private void assertFiredOnceEach(List<Recorder> recorders) {
    Map<TimerKey, Long> fired =
        recorders.stream()
            .flatMap(r -> r.all().stream())
            .collect(Collectors.groupingBy(TimersOnSqlite.Firing::key, Collectors.counting()));
    assertThat(fired.keySet()).containsExactlyInAnyOrderElementsOf(shouldFire);
    List<TimersOnSqlite.Firing> twice =
        recorders.stream()
            .flatMap(r -> r.all().stream())
            .filter(f -> fired.get(f.key()) > 1)
            .toList();
    assertThat(twice).as("timers fired more than once").isEmpty();
  }

  private static long count(List<Recorder> recorders, TimerKey key) {
    return recorders.stream().mapToLong(r -> r.count(key)).sum();
  }

  private static void awaitUntil(Instant instant) {
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> Instant.now().isAfter(instant));
  }
}
