package dev.aiir.commands.gate;

import static dev.aiir.commands.gate.GateFixture.ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.FakeMetrics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A metric gate's verdicts are the bot talking to itself: they are no status update. */
class GateVerdictsAreNotUpdatesTest {
  @Test
  void aQuietIncidentIsStillNudgedAndItsSnoozeButtonStillWorksWhileGatesChangeVerdicts() {
    FakeMetrics metrics = new FakeMetrics().value("error_ratio", 0.004);
    PhaseGate gate =
        new PhaseGate(List.of(CriterionText.parse("error_ratio < 0.01").criterion()), false, false);
    BotFixture bot =
        new BotFixture(
            "2026-03-12T14:00:00Z",
            CoreSettings.defaults()
                .withNudges(NudgeCadences.standard())
                .withRolloutPlan(GateFixture.plan(gate)),
            metrics);
    bot.run("declare Assistant gives degraded answers --sev 2");
    bot.run("rollout start");
    bot.advance(Duration.ofMinutes(30));
    metrics.value("error_ratio", 0.03);

    bot.advance(Duration.ofMinutes(30));

    Message nudge =
        bot.chat.messages().stream()
            .filter(m -> m.plainText().contains("no timeline update for 1 hour"))
            .findFirst()
            .orElseThrow();
    String snooze =
        nudge.choices().stream()
            .filter(c -> c.label().startsWith("Snooze"))
            .map(Choice::id)
            .findFirst()
            .orElseThrow();
    ChoiceStep pressed = bot.bot.press(BotFixture.context(BotFixture.MAYA), snooze);
    assertThat(((ChoiceStep.Answer) pressed).pressed().reply().refused()).isFalse();
    assertThat(bot.timeline(ID)).anyMatch(e -> e.text().startsWith("Canary gate:"));
  }
}
