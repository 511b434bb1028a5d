package dev.aiir.bot.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.offline.PlainTalkSet.Platform;
import dev.aiir.bot.offline.PlainTalkSet.Result;
import org.junit.jupiter.api.Test;

/**
 * The recognizer on the plain-talk corpus (incidents whose responders never typed a command), read
 * through both export readers: recall and precision per event kind, printed, and held to 95%.
 */
class PlainTalkCorpusTest {
  private static final double TARGET = 0.95;

  @Test
  void keyEventsOfSlackExportsAreFoundWithHighRecallAndPrecision() throws Exception {
    Result result = PlainTalkSet.score("plain-talk", Platform.SLACK);

    assertThat(result.events().recall())
        .as("recall on Slack exports")
        .isGreaterThanOrEqualTo(TARGET);
    assertThat(result.events().precision())
        .as("precision on Slack exports")
        .isGreaterThanOrEqualTo(TARGET);
  }

  @Test
  void keyEventsOfDiscordExportsAreFoundWithHighRecallAndPrecision() throws Exception {
    Result result = PlainTalkSet.score("plain-talk", Platform.DISCORD);

    assertThat(result.events().recall())
        .as("recall on Discord exports")
        .isGreaterThanOrEqualTo(TARGET);
    assertThat(result.events().precision())
        .as("precision on Discord exports")
        .isGreaterThanOrEqualTo(TARGET);
  }
}
