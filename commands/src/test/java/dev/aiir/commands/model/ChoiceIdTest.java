package dev.aiir.commands.model;

import static dev.aiir.commands.testing.BotFixture.CHANNEL;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceIdTest {
  @Test
  void anIdReadsBackAsWhatWasWritten() {
    ChoiceId id = ChoiceId.of(ChoiceKind.PROMOTE, new IncidentId("AI-IR-2026-042"), "lx3k9a");

    assertThat(id.encode()).isEqualTo("aiir:promote:AI-IR-2026-042:lx3k9a");
    assertThat(ChoiceId.parse(id.encode())).contains(id);
    assertThat(ChoiceId.parse("aiir:declare")).contains(ChoiceId.declare());
  }

  @Test
  void anOfferedAlertsDeclareButtonCarriesTheAlertsNumberAndNoIncident() {
    ChoiceId id = ChoiceId.alert(42);

    assertThat(id.encode()).isEqualTo("aiir:alert::42");
    assertThat(ChoiceId.parse("aiir:alert::42")).contains(id);
    assertThat(id.alertId()).contains(42L);
    assertThat(id.button().label()).isEqualTo("Declare");
    assertThat(ChoiceId.parse("aiir:alert::x")).isEmpty();
    assertThat(ChoiceId.parse("aiir:alert:AI-IR-2026-042:42")).isEmpty();
    assertThat(ChoiceId.parse("aiir:alert")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "promote:AI-IR-2026-042:x",
        "aiir:",
        "aiir:launch:AI-IR-2026-042:x",
        "aiir:promote:not-an-id:x",
        "aiir:promote:AI-IR-2026-042",
        "aiir:promote:AI-IR-2026-042:x:y",
        "aiir:declare:AI-IR-2026-042:x"
      })
  void idsTheBotDidNotMakeAreNotRead(String text) {
    assertThat(ChoiceId.parse(text)).isEmpty();
  }

  @Test
  void aPressWithAnUnknownIdIsRefusedPrivatelyAndChangesNothing() {
    BotFixture fixture = new BotFixture("2026-03-12T14:00:00Z");
    fixture.run("declare Outage");
    StoreSnapshot before = fixture.snapshot();
    CommandContext maya = new CommandContext(TENANT, MAYA, CHANNEL, true);

    ChoiceStep step = fixture.bot.press(maya, "aiir:launch:AI-IR-2026-001:x");
    Pressed submitted = fixture.bot.submit(maya, "aiir:launch", Map.of());

    Pressed pressed = ((ChoiceStep.Answer) step).pressed();
    assertThat(pressed.reply().isPrivate()).isTrue();
    assertThat(pressed.reply().plainText()).contains("not one this version of aiir knows");
    assertThat(submitted.reply().refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void aButtonPressedInAnotherWorkspaceFindsNoIncident() {
    BotFixture fixture = new BotFixture("2026-03-12T14:00:00Z");
    fixture.run("declare Outage");
    CommandContext stranger =
        new CommandContext(new Tenant(Platform.SLACK, "T2"), MAYA, CHANNEL, true);
    StoreSnapshot before = fixture.snapshot();

    ChoiceStep step = fixture.bot.press(stranger, "aiir:done:AI-IR-2026-001:");
    Pressed submitted =
        fixture.bot.submit(
            stranger, "aiir:done:AI-IR-2026-001:", Map.of("link", "https://x.example/pir"));

    assertThat(((ChoiceStep.Answer) step).pressed().reply().plainText()).contains("No incident");
    assertThat(submitted.reply().refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
