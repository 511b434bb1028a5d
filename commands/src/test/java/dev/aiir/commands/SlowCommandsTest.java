package dev.aiir.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.grammar.ParseOutcome;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.ChoiceKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.Test;

/** The core, not each platform, says which commands must be acknowledged before they are run. */
class SlowCommandsTest {
  private final IncidentBot bot = new BotFixture("2026-03-12T14:00:00Z").bot;

  @Test
  void draftingAndExportingThePirAreSlowBecauseTheyReadHistory() {
    assertThat(bot.read("pir draft").slow()).isTrue();
    assertThat(bot.read("  PIR export json --id AI-IR-2026-001").slow()).isTrue();
  }

  @Test
  void everyOtherCommandIsAnsweredAtOnce() {
    assertThat(bot.read("log rolled back").slow()).isFalse();
    assertThat(bot.read("pir done https://wiki/pir").slow()).isFalse();
    assertThat(bot.read("status").slow()).isFalse();
  }

  @Test
  void aLineThatDoesNotParseIsNotSlow() {
    ParseOutcome outcome = bot.read("pir draft --nonsense");

    assertThat(outcome).isInstanceOf(ParseOutcome.Refused.class);
    assertThat(outcome.slow()).isFalse();
  }

  @Test
  void theDraftNowButtonIsSlowAndTheOthersAreNot() {
    IncidentId id = IncidentId.parse("AI-IR-2026-001").orElseThrow();

    assertThat(IncidentBot.isSlowChoice(ChoiceId.of(ChoiceKind.DRAFT_PIR, id, "").encode()))
        .isTrue();
    assertThat(IncidentBot.isSlowChoice(ChoiceId.of(ChoiceKind.PROMOTE, id, "x").encode()))
        .isFalse();
    assertThat(IncidentBot.isSlowChoice("not-ours")).isFalse();
  }
}
