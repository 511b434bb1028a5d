package dev.aiir.commands.manager;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagersCommandTest {
  private static final ManagerDirectory CONFIGURED =
      new ManagerDirectory(
          Managers.none(), Map.of(TENANT, new Managers(Optional.empty(), List.of("U0BOSS"))));
  private final BotFixture fixture =
      new BotFixture("2026-03-12T14:00:00Z", CoreSettings.defaults().withManagers(CONFIGURED));

  private List<Recipient> added() {
    return fixture.store.inTransaction(TENANT, tx -> tx.managers().added());
  }

  @Test
  void anAdminAddsAPersonAndAChannelAndTheListSaysWhereEachComesFrom() {
    assertThat(fixture.as(MAYA, "managers add @vp").plainText())
        .isEqualTo(
            "@vp now gets managers' reminders: SEV-1s, rollout maximums, PIR reminders and the"
                + " digest.");
    fixture.as(MAYA, "managers add <#C0LEADS|leads>");

    assertThat(fixture.as(SAM, "managers list").plainText())
        .isEqualTo(
            """
            Managers (3)
            - @U0BOSS (configuration file)
            - #C0LEADS
            - @vp""");
  }

  @Test
  void anAddedManagerGetsTheNextSev1Once() {
    fixture.as(MAYA, "managers add @vp");

    fixture.as(SAM, "declare Assistant leaks prompts --sev 1");
    fixture.dispatcher.deliverDue();
    fixture.dispatcher.deliverDue();

    assertThat(fixture.chat.directMessages()).extracting(Sent::to).containsExactly("U0BOSS", "vp");
  }

  @Test
  void aRemovedManagerIsToldNothingMore() {
    fixture.as(MAYA, "managers add @vp");

    assertThat(fixture.as(MAYA, "managers remove @vp").refused()).isFalse();
    fixture.as(SAM, "declare Assistant leaks prompts --sev 1");
    fixture.dispatcher.deliverDue();

    assertThat(fixture.chat.directMessages()).extracting(Sent::to).containsExactly("U0BOSS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"managers add @vp", "managers remove @U0BOSS", "managers add #leads"})
  void onlyAnIncidentAdminMayChangeTheManagers(String line) {
    var before = fixture.snapshot();

    Reply reply = fixture.as(SAM, line);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo("Only an incident admin can change who the managers are.");
    assertThat(added()).isEmpty();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void aManagerFromTheConfigurationFileIsRemovedThereNotHere() {
    Reply reply = fixture.as(MAYA, "managers remove @U0BOSS");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo("@U0BOSS is set in the configuration file (AIIR_CONFIG): remove it there.");
  }

  @Test
  void addingTwiceOrRemovingAStrangerIsRefusedAndChangesNothing() {
    fixture.as(MAYA, "managers add @vp");

    assertThat(fixture.as(MAYA, "managers add @vp").plainText())
        .isEqualTo("@vp already gets managers' reminders.");
    assertThat(fixture.as(MAYA, "managers remove @nobody").plainText())
        .isEqualTo("@nobody is not among the managers added from chat.");
    assertThat(added()).containsExactly(Recipient.user("vp"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"managers add boss", "managers add <!here>", "managers add #"})
  void somethingThatIsNeitherAPersonNorAChannelIsRefused(String line) {
    Reply reply = fixture.as(MAYA, line);

    assertThat(reply.refused()).isTrue();
    assertThat(added()).isEmpty();
  }

  @Test
  void managersAloneAsksWhichSubcommand() {
    Reply reply = fixture.as(MAYA, "managers");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .startsWith("Say which one: `managers add")
        .contains("`managers list`");
  }
}
