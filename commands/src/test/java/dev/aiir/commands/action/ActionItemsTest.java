package dev.aiir.commands.action;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionItemsTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void declare() {
    fixture.run("declare drift");
  }

  @Test
  void itemsAreNumberedAndListedWithPriorityAndOwner() {
    fixture.run("action add P1 diff test model behaviour");
    fixture.as(SAM, "action add p0 detect poisoned samples --owner @lee");

    assertThat(fixture.run("action list").plainText())
        .isEqualTo(
            "Action items of AI-IR-2026-001\n"
                + "1. [P1] diff test model behaviour\n"
                + "2. [P0] detect poisoned samples (owner @lee)");
  }

  @Test
  void doneTicksTheItemOnceAndSaysSo() {
    fixture.run("action add P0 detect poisoned samples");

    assertThat(fixture.as(SAM, "action done 1").plainText())
        .isEqualTo("AI-IR-2026-001: Action item 1 done: [P0] detect poisoned samples");
    assertThat(fixture.run("action list").plainText()).contains("1. [done] [P0]");
    assertThat(fixture.run("action done 1").plainText())
        .isEqualTo("Action item 1 is already done.");
  }

  @Test
  void anEmptyListSaysHowToAdd() {
    assertThat(fixture.run("action list").plainText()).contains("`/incident action add");
  }
}
