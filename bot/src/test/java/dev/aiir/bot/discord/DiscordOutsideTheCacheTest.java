package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.LEE;
import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static dev.aiir.bot.discord.DiscordJson.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.discord.DiscordHarness.Answer;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.testing.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server the bot's cache does not hold (installed with the applications.commands scope only, or a
 * command that comes before its GUILD_CREATE): JDA hands over a detached guild and member, and
 * roles come from what the interaction carries.
 */
class DiscordOutsideTheCacheTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
  private DiscordHarness harness;

  @BeforeEach
  void connect() throws Exception {
    harness = DiscordHarness.outsideTheCache(dir, clock);
  }

  @AfterEach
  void disconnect() throws Exception {
    harness.close();
  }

  @Test
  void anIncidentRunsFromAServerOutsideTheCache() {
    Answer declared =
        harness.run(MAYA, Slash.of("declare").with("title", "Ranker stalled").with("severity", 3));
    Answer logged = harness.run(SAM, Slash.of("log").with("text", "feature stream lag 40 min"));
    Answer upgraded = harness.run(MAYA, Slash.of("sev").with("level", 2).with("reason", "wider"));
    Answer status = harness.run(SAM, Slash.of("status"));
    Answer resolved = harness.run(MAYA, Slash.of("resolve").with("summary", "stream caught up"));

    assertThat(declared.text()).contains("Incident AI-IR-2026-001 declared: Ranker stalled");
    assertThat(logged.text()).startsWith("Logged on AI-IR-2026-001");
    assertThat(upgraded.text()).isEqualTo("AI-IR-2026-001: Severity upgraded to SEV-2: wider");
    assertThat(status.text()).contains("Severity: SEV-2");
    assertThat(resolved.text()).startsWith("AI-IR-2026-001 resolved");
  }

  @Test
  void theAdminRoleComesFromTheInteractionNotTheCache() {
    harness.run(SAM, Slash.of("declare").with("title", "Ranker stalled"));

    Answer byOther = harness.run(LEE, Slash.of("sev").with("level", 1).with("reason", "all"));
    Answer byAdmin = harness.run(MAYA, Slash.of("sev").with("level", 1).with("reason", "all"));

    assertThat(byOther.ephemeral()).isTrue();
    assertThat(byOther.text()).contains("@sam").doesNotContain("upgraded");
    assertThat(byAdmin.text()).isEqualTo("AI-IR-2026-001: Severity upgraded to SEV-1: all");
  }

  @Test
  void whatNeedsTheBotInsideTheServerIsSkippedWithOneLineOnHowToInviteIt() throws Exception {
    harness.close();
    harness =
        DiscordHarness.outsideTheCache(
            dir, clock, CoreSettings.defaults().withIncidentChannels(true));

    Answer declared = harness.run(MAYA, Slash.of("declare").with("title", "Ranker stalled"));
    Answer draft = harness.run(MAYA, Slash.of("pir", "draft"));

    assertThat(declared.text())
        .contains("Incident AI-IR-2026-001 declared: Ranker stalled")
        .contains("No incident channel: aiir's bot user is not in this server")
        .contains("invite it with the `bot` scope");
    assertThat(draft.text())
        .contains("# Post-Incident Review: Ranker stalled")
        .contains("This draft holds the recorded timeline only: aiir's bot user is not in");
    assertThat(harness.discord.calls())
        .noneMatch(c -> c.is("POST", "guilds/\\d+/channels"))
        .noneMatch(c -> c.is("GET", "channels/\\d+/messages"));
  }
}
