package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.port.Reconciliation;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz on a real SQLite file: timers fire once, on time, never after being cancelled, and a timer
 * due while the process was down fires once, promptly, after it starts again. "Never" is checked
 * against a later sentinel timer: by the time it fires, an earlier one would have.
 */
class QuartzTimersTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  @TempDir Path folder;
  private final Recorder recorder = new Recorder();
  private final RecordingChat chat = new RecordingChat();

  private TimersOnSqlite open(long scale) {
    return new TimersOnSqlite(folder, scale, recorder, chat);
  }

  private void awaitFired(TimerKey key) {
    await().atMost(BOUND).until(() -> recorder.count(key) > 0);
  }

  @Test
  void aTimerFiresOnceAtItsTime() {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant due = timers.now().plusMillis(300);
      timers.quartz.schedule(key("one"), due);
      timers.quartz.schedule(key("sentinel"), due.plusMillis(300));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("one"))).isEqualTo(1);
      TimersOnSqlite.Firing firing = recorder.all().get(0);
      assertThat(firing.ranAt()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(1));
      await().atMost(BOUND).until(() -> chat.posts().size() == 2);
      assertThat(timers.quartz.pending()).isZero();
    }
  }

  @Test
  void timersScheduledByManyCommandsAtOnceAreAllHeldAndFireOnce() throws Exception {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant due = timers.now().plusMillis(800);
      List<Thread> commands = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        TimerKey key = key("burst-" + i);
        Thread command = new Thread(() -> timers.quartz.schedule(key, due));
        command.start();
        commands.add(command);
      }
      for (Thread command : commands) {
        command.join();
      }
      assertThat(timers.quartz.pending()).isEqualTo(40);
      timers.quartz.schedule(key("sentinel"), due.plusMillis(300));

      awaitFired(key("sentinel"));

      for (int i = 0; i < 40; i++) {
        assertThat(recorder.count(key("burst-" + i))).isEqualTo(1);
      }
    }
  }

  @Test
  void aTimerDueAfterTheSchedulersNextLookIsLeftToThatLookAndStillFiresOnTime() {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant due = timers.now().plusMillis(2 * JobStoreSettings.IDLE_WAIT_MILLIS + 500);
      assertThat(TimerJobStore.dueBeforeNextLook(due.toEpochMilli())).isFalse();
      assertThat(TimerJobStore.dueBeforeNextLook(timers.now().plusMillis(300).toEpochMilli()))
          .isTrue();
      timers.quartz.schedule(key("later"), due);
      timers.quartz.schedule(key("sentinel"), due.plusMillis(300));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("later"))).isEqualTo(1);
      assertThat(recorder.all().get(0).ranAt()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(1));
    }
  }

  @Test
  void schedulingTheSameTimerTwiceFiresItOnce() {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant due = timers.now().plusMillis(300);
      timers.quartz.schedule(key("one"), due);
      timers.quartz.schedule(key("one"), due);
      timers.quartz.schedule(key("sentinel"), due.plusMillis(300));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("one"))).isEqualTo(1);
    }
  }

  @Test
  void aCancelledTimerNeverFires() {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant due = timers.now().plusMillis(300);
      timers.quartz.schedule(key("cancelled"), due);
      timers.quartz.schedule(key("sentinel"), due.plusMillis(300));
      timers.quartz.cancel(key("cancelled"));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("cancelled"))).isZero();
    }
  }

  @Test
  void aMovedTimerFiresOnlyAtItsNewTime() {
    try (TimersOnSqlite timers = open(1).start()) {
      Instant first = timers.now().plusMillis(300);
      timers.quartz.schedule(key("moved"), first);
      timers.quartz.schedule(key("moved"), first.plusMillis(400));
      timers.quartz.schedule(key("sentinel"), first.plusMillis(700));

      awaitFired(key("sentinel"));

      assertThat(recorder.all())
          .filteredOn(f -> f.key().equals(key("moved")))
          .singleElement()
          .satisfies(f -> assertThat(f.due()).isEqualTo(first.plusMillis(400)));
    }
  }

  @Test
  void aTimerDueWhileTheProcessWasDownFiresOncePromptlyAfterStartUp() {
    Instant due;
    try (TimersOnSqlite timers = open(1).start()) {
      due = timers.now().plusMillis(500);
      timers.quartz.schedule(key("while-down"), due);
    }
    await().atMost(BOUND).until(() -> Instant.now().isAfter(due.plusMillis(500)));
    assertThat(recorder.count(key("while-down"))).isZero();

    try (TimersOnSqlite timers = open(1).start()) {
      Instant started = Instant.now();
      timers.quartz.schedule(key("sentinel"), timers.now().plusMillis(500));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("while-down"))).isEqualTo(1);
      assertThat(recorder.all().get(0).ranAt()).isBefore(started.plusSeconds(2));
    }
  }

  @Test
  void aTimerLongOverdueAtStartUpIsAMisfireAndFiresOnceNow() {
    try (TimersOnSqlite timers = open(1)) {
      timers.quartz.schedule(key("misfired"), timers.now().minus(Duration.ofMinutes(5)));
      timers.start();
      timers.quartz.schedule(key("sentinel"), timers.now().plusMillis(1000));

      awaitFired(key("sentinel"));

      assertThat(recorder.count(key("misfired"))).isEqualTo(1);
    }
  }

  @Test
  void reconcilingSchedulesOnlyWhatIsMissingOrMovedAndLeavesTheUnexpected() {
    try (TimersOnSqlite timers = open(1)) {
      Instant later = timers.now().plus(Duration.ofHours(1));
      timers.quartz.schedule(key("kept"), later);
      timers.quartz.schedule(key("moved"), later);
      timers.quartz.schedule(key("unexpected"), later);

      Reconciliation done =
          timers.quartz.reconcile(
              () ->
                  List.of(
                      new ScheduledTimer(key("kept"), later),
                      new ScheduledTimer(key("moved"), later.plusSeconds(60)),
                      new ScheduledTimer(key("missing"), later)));

      assertThat(done).isEqualTo(new Reconciliation(3, 3, 2, 1, 1));
      assertThat(done.heldAfter()).isEqualTo(4);
      assertThat(timers.quartz.pending()).isEqualTo(4);
      Reconciliation again =
          timers.quartz.reconcile(
              () ->
                  List.of(
                      new ScheduledTimer(key("kept"), later),
                      new ScheduledTimer(key("moved"), later.plusSeconds(60)),
                      new ScheduledTimer(key("missing"), later)));
      assertThat(again).isEqualTo(new Reconciliation(3, 4, 0, 0, 1));
    }
  }

  @Test
  void aTimerThatMovesItselfIsLeftEarlierButMovedFromLater() {
    try (TimersOnSqlite timers = open(1)) {
      Instant later = timers.now().plus(Duration.ofHours(1));
      timers.quartz.schedule(key("early"), later);
      timers.quartz.schedule(key("late"), later.plusSeconds(120));

      Reconciliation done =
          timers.quartz.reconcile(
              () ->
                  List.of(
                      new ScheduledTimer(key("early"), later.plusSeconds(60), true),
                      new ScheduledTimer(key("late"), later.plusSeconds(60), true)));

      assertThat(done).isEqualTo(new Reconciliation(2, 2, 1, 1, 0));
      assertThat(timers.quartz.pending()).isEqualTo(2);
    }
  }

  @Test
  void aDrillRunsTimersAtItsScale() {
    try (TimersOnSqlite timers = open(3600).start()) {
      Instant realStart = Instant.now();
      timers.quartz.schedule(key("an-hour"), timers.now().plus(Duration.ofHours(1)));

      awaitFired(key("an-hour"));

      Duration took = Duration.between(realStart, recorder.all().get(0).ranAt());
      assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
    }
  }

  @Test
  void aTriggerNamedByAnEarlierBuildIsReadAsItsWholeKeyAndNoDueTime() {
    assertThat(QuartzTimers.keyOfName("AI-IR-1/rollout-minimum"))
        .isEqualTo("AI-IR-1/rollout-minimum");
    assertThat(QuartzTimers.dueOfName("AI-IR-1/rollout-minimum")).isEqualTo(Long.MAX_VALUE);
    assertThat(QuartzTimers.keyOfName("AI-IR-1/rollout-minimum@1700000000000/1700000000500"))
        .isEqualTo("AI-IR-1/rollout-minimum");
    assertThat(QuartzTimers.dueOfName("AI-IR-1/rollout-minimum@1700000000000/1700000000500"))
        .isEqualTo(1700000000000L);
  }
}
