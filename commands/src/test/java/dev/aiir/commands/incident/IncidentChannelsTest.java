package dev.aiir.commands.incident;

import static dev.aiir.commands.testing.BotFixture.CHANNEL;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.NotInWorkspace;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import org.junit.jupiter.api.Test;

class IncidentChannelsTest {
  private final BotFixture fixture =
      new BotFixture("2026-03-12T14:40:00Z", CoreSettings.defaults().withIncidentChannels(true));

  @Test
  void declareOpensADedicatedChannelBindsItInvitesTheDeclarerAndPostsTheCard() {
    Reply reply = fixture.as(SAM, "declare Assistant gives DEGRADED answers! --sev 2");

    String name = "inc-2026-001-assistant-gives-degraded-answers";
    assertThat(fixture.chat.channels()).extracting(c -> c.name()).containsExactly(name);
    assertThat(fixture.incident("AI-IR-2026-001").channelId()).isEqualTo("C-" + name);
    assertThat(fixture.chat.invites()).containsExactly(new Sent(TENANT, "C-" + name, SAM.id()));
    assertThat(fixture.chat.posts())
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.to()).isEqualTo("C-" + name);
              assertThat(post.text()).startsWith("Incident AI-IR-2026-001 declared");
            });
    assertThat(reply.plainText()).contains("Incident channel: #" + name);
  }

  @Test
  void commandsInTheDedicatedChannelActOnTheIncident() {
    fixture.run("declare drift");

    Reply status = fixture.in(TENANT, MAYA, "C-inc-2026-001-drift", "status");

    assertThat(status.plainText()).contains("AI-IR-2026-001: drift");
  }

  @Test
  void whenTheChannelCannotBeCreatedTheIncidentStaysDeclaredInItsChannel() {
    fixture.chat.failingChannels();

    Reply reply = fixture.run("declare drift");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.plainText()).contains("The incident channel could not be created");
    assertThat(fixture.incident("AI-IR-2026-001").channelId()).isEqualTo(CHANNEL);
  }

  @Test
  void whereTheBotIsNotInTheWorkspaceTheDeclareCardSaysHowToInviteIt() {
    fixture.chat.failingChannelsWith(new NotInWorkspace("invite the bot with the bot scope."));

    Reply reply = fixture.run("declare drift");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.plainText())
        .contains("Incident AI-IR-2026-001 declared")
        .contains("No incident channel: invite the bot with the bot scope.")
        .doesNotContain("see the bot's log");
    assertThat(fixture.incident("AI-IR-2026-001").channelId()).isEqualTo(CHANNEL);
  }

  @Test
  void channelNamesAreLowerCaseDashedAndAtMostEightyCharacters() {
    IncidentId id = new IncidentId("AI-IR-2026-042");

    assertThat(IncidentChannelName.of(id, "Modèle: answers <!channel> 100% wrong"))
        .isEqualTo("inc-2026-042-modele-answers-channel-100-wrong");
    assertThat(IncidentChannelName.of(id, "x".repeat(200))).hasSize(80);
    assertThat(IncidentChannelName.of(id, "a ".repeat(100))).hasSizeLessThanOrEqualTo(80);
    assertThat(IncidentChannelName.of(id, "!!!")).isEqualTo("inc-2026-042");
  }

  @Test
  void withChannelsOffNothingIsCreated() {
    BotFixture plain = new BotFixture("2026-03-12T14:40:00Z");

    plain.run("declare drift");

    assertThat(plain.chat.channels()).isEmpty();
    assertThat(plain.incident("AI-IR-2026-001").channelId()).isEqualTo(CHANNEL);
  }
}
