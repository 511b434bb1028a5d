package dev.aiir.commands.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.testing.BotFixture;
import org.junit.jupiter.api.Test;

class HelpTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @Test
  void helpListsEverySubcommandPrivately() {
    Reply help = fixture.run("help");

    assertThat(help.isPrivate()).isTrue();
    for (String name :
        new String[] {
          "declare",
          "ack",
          "sev",
          "log",
          "status",
          "role",
          "rollback",
          "rootcause",
          "impact",
          "recovery",
          "recovery done",
          "action add",
          "action list",
          "action done",
          "resolve",
          "pir draft",
          "list",
          "help"
        }) {
      assertThat(help.plainText()).contains("`" + name + "` - ");
    }
  }

  @Test
  void helpOfOneSubcommandShowsItsOptions() {
    Reply help = fixture.run("help log");

    assertThat(help.plainText())
        .startsWith("Usage: /incident log [--at=TIME] [--id=AI-IR-YYYY-NNN] <text>...")
        .contains("--at=TIME")
        .contains("when it happened");
  }

  @Test
  void helpOfANestedSubcommand() {
    assertThat(fixture.run("help action add").plainText())
        .startsWith("Usage: /incident action add");
  }

  @Test
  void helpOfAnUnknownSubcommandIsRefused() {
    assertThat(fixture.run("help nope").refused()).isTrue();
  }
}
