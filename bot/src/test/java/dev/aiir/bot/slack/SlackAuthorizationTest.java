package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.slack.SlackHarness.Ack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privileged subcommands through the real Slack endpoint: refused for a responder with a message
 * naming who may, allowed for the commander, an admin by id and a member of the admin user group.
 */
class SlackAuthorizationTest {
  private static final String ID = "AI-IR-2026-001";
  @TempDir Path dir;
  private SlackHarness harness;

  @BeforeEach
  void start() throws Exception {
    FakeSlack slack = new FakeSlack().withUserGroup("S0ADMINS", List.of("UGROUPADMIN"));
    harness =
        new SlackHarness(
            dir,
            Map.of("AIIR_SLACK_ADMINS", "UADMIN", "AIIR_SLACK_ADMIN_GROUP", "S0ADMINS"),
            slack);
    harness.command("UCMD", "C1", "declare drift --sev 3");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aResponderIsRefusedAndToldWhoMay() throws Exception {
    Ack refused = harness.command("URESPONDER", "C1", "sev 1");

    assertThat(refused.responseType()).isEqualTo("ephemeral");
    assertThat(refused.text()).contains("Only the commander (@ucmd) or an incident admin can");
    assertThat(harness.incident(FakeSlack.TEAM, ID).orElseThrow().severity().toString())
        .contains("3");
  }

  @Test
  void theCommanderAnAdminByIdAndAMemberOfTheAdminGroupMay() throws Exception {
    assertThat(harness.command("UCMD", "C1", "sev 2").text()).contains("SEV-2");
    assertThat(harness.command("UADMIN", "C1", "sev 1").text()).contains("SEV-1");
    assertThat(harness.command("UGROUPADMIN", "C1", "sev 2").text()).contains("SEV-2");
    assertThat(harness.command("UGROUPADMIN", "C1", "resolve").text()).contains("resolved");
  }

  @Test
  void theAdminGroupIsReadOnceAndThenCached() throws Exception {
    harness.command("UGROUPADMIN", "C1", "sev 2");
    harness.command("URESPONDER", "C1", "sev 1");
    harness.command("UGROUPADMIN", "C1", "sev 1");

    assertThat(harness.slack.calls("usergroups.users.list"))
        .singleElement()
        .satisfies(c -> assertThat(c.params()).containsEntry("usergroup", "S0ADMINS"));
  }
}
