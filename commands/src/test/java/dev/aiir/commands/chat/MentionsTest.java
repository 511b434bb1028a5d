package dev.aiir.commands.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MentionsTest {
  private static final String PINGS =
      "<!channel> <!here> <!everyone> <!subteam^S123> <@U999> <@&42> <@!77> @everyone @here"
          + " @Channel";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<!subteam^S123|ops>",
        "<@U999>",
        "<@&42>",
        "<@!77>",
        "@everyone",
        "@here",
        "@channel",
        "@EVERYONE"
      })
  void pingsAreDefused(String ping) {
    String defused = Mentions.defuse("hey " + ping + " look");

    assertThat(defused).doesNotContain(ping);
    assertThat(defused.replace(Mentions.BREAK, "")).isEqualTo("hey " + ping + " look");
  }

  @Test
  void userTextIsStoredAsWrittenAndDefusedWhenShown() {
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");
    Reply declared = fixture.run("declare " + PINGS);
    Reply logged = fixture.run("log " + PINGS);
    Reply status = fixture.run("status");

    assertThat(fixture.incident("AI-IR-2026-001").title()).isEqualTo(PINGS);
    assertThat(fixture.timeline("AI-IR-2026-001").get(1).text()).isEqualTo(PINGS);
    for (Reply reply : new Reply[] {declared, logged, status, fixture.run("pir draft")}) {
      assertThat(reply.plainText())
          .doesNotContain("<!")
          .doesNotContain("<@")
          .doesNotContainIgnoringCase("@everyone")
          .doesNotContainIgnoringCase("@here")
          .doesNotContainIgnoringCase("@channel");
    }
  }
}
