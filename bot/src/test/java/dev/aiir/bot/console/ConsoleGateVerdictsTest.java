package dev.aiir.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.FakeMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the console prints when a gate's verdict changes: each message names the phase, and every
 * criterion with its threshold and the value just read. Canary's criterion is checked every 10
 * minutes and breaches after 2 failing checks.
 */
class ConsoleGateVerdictsTest {
  private static final String SENT = "eval_accuracy{model=\"assistant\"}";
  private static final String CHECK = "eval_accuracy{model=\"$model\"} >= 0.8";
  private final FakeMetrics metrics = new FakeMetrics();

  private BotFixture bot() {
    PhaseGate gate =
        new PhaseGate(
            List.of(
                CriterionText.parse("eval_accuracy{model=\"$model\"} >= 0.80", null, "10m", "2")
                    .criterion()),
            false,
            false);
    List<Phase> phases = new ArrayList<>(RolloutPlan.defaults().phases());
    phases.set(0, phases.get(0).withGate(gate));
    CoreSettings settings = CoreSettings.defaults().withRolloutPlan(new RolloutPlan(phases));
    BotFixture bot = new BotFixture("2026-03-12T14:00:00Z", settings, metrics);
    bot.run("declare Assistant gives degraded answers --sev 2 --model assistant@v3.2");
    bot.run("rollout start --traffic 2%");
    return bot;
  }

  /** The gate's messages as the console prints them to the incident's channel. */
  private static List<String> printed(BotFixture bot) {
    return bot.chat.messages().stream()
        .filter(m -> m.plainText().contains("metric criteri"))
        .map((Message m) -> ConsoleRenderer.toChannel("console", m))
        .toList();
  }

  @Test
  void everyVerdictIsPrintedWithItsPhaseTheValueAndTheThreshold() {
    metrics.value(SENT, 0.61);
    BotFixture bot = bot();
    bot.advance(Duration.ofMinutes(20));
    metrics.value(SENT, 0.83);
    bot.advance(Duration.ofMinutes(10));
    bot.advance(Duration.ofMinutes(90));
    metrics.value(SENT, 0.78);
    bot.advance(Duration.ofMinutes(10));

    assertThat(printed(bot))
        .hasSize(4)
        .satisfiesExactly(
            breached ->
                assertThat(breached)
                    .startsWith("to #console: AI-IR-2026-001: Canary breached a metric criterion")
                    .contains("A metric criterion of Canary is breached:")
                    .contains("- " + CHECK + ": 0.61, 2 failing checks in a row"),
            recovered ->
                assertThat(recovered)
                    .isEqualTo(
                        "to #console: AI-IR-2026-001: metric criteria of Canary\n"
                            + "No metric criterion of Canary is breached any more.\n"
                            + "- "
                            + CHECK
                            + ": 0.83, held 0 minutes"),
            ready ->
                assertThat(ready)
                    .startsWith("to #console: AI-IR-2026-001: Canary is ready to promote")
                    .contains("Every metric criterion of Canary holds:")
                    .contains("- " + CHECK + ": 0.83, held 1 hour 30 minutes"),
            notReady ->
                assertThat(notReady)
                    .isEqualTo(
                        "to #console: AI-IR-2026-001: metric criteria of Canary\n"
                            + "Canary is no longer ready to promote: a metric criterion stopped"
                            + " holding.\n"
                            + "- "
                            + CHECK
                            + ": 0.78, 1 of 2 failing checks in a row"));
  }
}
