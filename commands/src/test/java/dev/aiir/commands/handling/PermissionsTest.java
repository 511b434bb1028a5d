package dev.aiir.commands.handling;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionsTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void samDeclares() {
    fixture.as(SAM, "declare drift --sev 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sev 1", "resolve", "role commander @lee"})
  void aResponderWhoIsNeitherCommanderNorAdminIsRefusedAndNothingChanges(String line) {
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.as(LEE, line);

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).contains("Only the commander (@sam) or an incident admin can");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sev 1", "resolve", "role commander @lee"})
  void theCommanderMay(String line) {
    assertThat(fixture.as(SAM, line).refused()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sev 1", "resolve", "role commander @lee"})
  void anIncidentAdminMay(String line) {
    assertThat(fixture.as(MAYA, line).refused()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"log seen it", "ack", "status", "role scribe @lee"})
  void anyoneMayLogAckAskStatusAndTakeMinorRoles(String line) {
    assertThat(fixture.as(LEE, line).refused()).isFalse();
  }
}
