package dev.aiir.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.RecordingTimers;
import dev.aiir.db.Database;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleScenarioTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");

  private String session(String input) throws IOException {
    String url = "jdbc:sqlite:" + dir.resolve("aiir.db");
    try (Database database = Database.open(url)) {
      IncidentBot bot =
          new IncidentBot(
              new Core(
                  database.incidents(),
                  new RecordingTimers(),
                  new ChatPlatforms(),
                  clock,
                  CoreSettings.defaults()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      new ConsoleSession(bot, "maya", "console")
          .run(new BufferedReader(new StringReader(input)), out, false);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void repliesArePrintedAndPrivateOnesMarked() throws IOException {
    String out =
        session(
            """
            # a drill
            /incident declare Assistant answers degraded --sev 2 --detected 14:23

            /incident sev 9
            /incident log p50 dropped to 0.61
            """);

    assertThat(out)
        .contains("Incident AI-IR-2026-001 declared: Assistant answers degraded\n")
        .contains(
            "(only you) Severity is 1 to 4 (SEV-1 is the worst), not '9'.\n"
                + "Usage: /incident sev [--id=AI-IR-YYYY-NNN] <1-4> [<reason>...]\n")
        .contains("Logged on AI-IR-2026-001 at 14:40 UTC by @maya: p50 dropped to 0.61\n");
  }

  @Test
  void everythingIsStillThereAfterARestartOnTheSameFile() throws IOException {
    session(
        """
        /incident declare Assistant answers degraded --sev 2 --detected 14:23
        /incident role scribe @lee
        /incident log rolled traffic to v3.1
        """);

    String afterRestart = session("/incident status\n");

    assertThat(afterRestart)
        .contains("AI-IR-2026-001: Assistant answers degraded")
        .contains("Severity: SEV-2")
        .contains("Commander: @maya")
        .contains("Scribe: @lee")
        .contains("- 14:23 UTC - Monitoring alert triggered")
        .contains("- 14:40 UTC - rolled traffic to v3.1");
  }
}
