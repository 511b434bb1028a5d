package dev.aiir.commands.incident;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Promoting and halting a rollout and completing the PIR, tried by a responder, the commander and
 * an incident admin: only the last two may, and the refusal names who may.
 */
class PrivilegedRolloutAndPirTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  static Stream<Arguments> privileged() {
    return Stream.of(
        Arguments.of("rollout", "rollout promote --force canary verified offline"),
        Arguments.of("rollout", "rollout halt canary errors"),
        Arguments.of("resolved", "pir done https://wiki.example.com/pir/42"));
  }

  /**
   * Sam declares; then either a rollout runs or the incident is resolved, as each command needs.
   */
  private void prepare(String stage) {
    fixture.as(SAM, "declare drift --sev 3");
    if (stage.equals("rollout")) {
      assertThat(fixture.as(SAM, "rollout start").refused()).isFalse();
    } else {
      assertThat(fixture.as(SAM, "resolve").refused()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("privileged")
  void aResponderWhoIsNeitherCommanderNorAdminIsRefusedAndNothingChanges(
      String stage, String line) {
    prepare(stage);
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(LEE, line);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).contains("Only the commander (@sam) or an incident admin can");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("privileged")
  void theCommanderMay(String stage, String line) {
    assertAllowed(stage, SAM, line);
  }

  @ParameterizedTest
  @MethodSource("privileged")
  void anIncidentAdminMay(String stage, String line) {
    assertAllowed(stage, MAYA, line);
  }

  private void assertAllowed(String stage, UserRef user, String line) {
    prepare(stage);
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(user, line);

    assertThat(reply.refused()).as(reply.plainText()).isFalse();
    assertThat(fixture.snapshot()).isNotEqualTo(before);
  }
}
