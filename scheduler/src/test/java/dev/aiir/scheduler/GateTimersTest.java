package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.testing.FakeMetrics;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate's evaluation timer on Quartz and a SQLite file, in a drill (a minute of checks a
 * second): each check on its grid runs once, and none runs after the phase is promoted or halted,
 * or the incident resolved ("none" is checked against a later sentinel timer).
 */
class GateTimersTest {
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final long SCALE = 60;
  @TempDir Path folder;
  private final Recorder recorder = new Recorder();
  private final RecordingChat chat = new RecordingChat();
  private final FakeMetrics metrics = new FakeMetrics().value("up", 1);

  private TimersOnSqlite open() {
    PhaseGate gate =
        new PhaseGate(
            List.of(CriterionText.parse("up == 1", null, "10s", null).criterion()), false, false);
    List<Phase> phases = new ArrayList<>(RolloutPlan.defaults().phases());
    phases.set(0, phases.get(0).withGate(gate));
    CoreSettings settings = CoreSettings.defaults().withRolloutPlan(new RolloutPlan(phases));
    return new TimersOnSqlite(folder, SCALE, recorder, chat, settings, metrics);
  }

  private static Reply run(TimersOnSqlite timers, String line) {
    CommandContext admin =
        new CommandContext(TimersOnSqlite.TENANT, new UserRef("maya", "maya"), "C1", true);
    return new IncidentBot(timers.core).execute(admin, line + " --id AI-IR-2026-001");
  }

  @Test
  void eachCheckOnTheGridRunsOnceNeverBeforeItsTime() {
    try (TimersOnSqlite timers = open().start()) {
      run(timers, "rollout start");
      Instant entered =
          timers
              .core
              .store()
              .inTransaction(
                  TimersOnSqlite.TENANT,
                  tx -> tx.rollouts().of(TimersOnSqlite.INCIDENT).orElseThrow())
              .current()
              .enteredAt();

      await().atMost(BOUND).until(() -> metrics.asked().size() >= 6);

      // The n-th check is due 10 s (drill time) after the one before: a check run twice, or
      // early, would come before its grid point.
      List<Instant> times = metrics.asked().stream().map(FakeMetrics.Asked::at).sorted().toList();
      for (int i = 0; i < times.size(); i++) {
        assertThat(times.get(i)).isAfterOrEqualTo(entered.plusSeconds(10L * (i + 1)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"rollout promote --force metrics fine", "rollout halt bad", "resolve done"})
  void noCheckRunsAfterThePhaseEndsOrTheIncidentIsResolved(String stop) {
    try (TimersOnSqlite timers = open().start()) {
      run(timers, "rollout start");
      await().atMost(BOUND).until(() -> metrics.asked().size() >= 2);

      Reply stopped = run(timers, stop);
      Instant stoppedAt = timers.now();
      timers.quartz.schedule(key("sentinel"), stoppedAt.plus(Duration.ofMinutes(1)));
      await().atMost(BOUND).until(() -> recorder.count(key("sentinel")) > 0);

      assertThat(stopped.refused()).isFalse();
      assertThat(metrics.asked())
          .allSatisfy(a -> assertThat(a.at()).isBeforeOrEqualTo(stoppedAt.plusSeconds(1)));
    }
  }
}
