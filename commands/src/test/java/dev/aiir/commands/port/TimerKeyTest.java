package dev.aiir.commands.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimerKeyTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");

  @Test
  void aKeyReadsAsTenantIncidentAndPurposeAndParsesBack() {
    TimerKey key = TimerKey.of(ACME, new IncidentId("AI-IR-2026-042"), "rollout", "limited", "min");

    assertThat(key.value()).isEqualTo("slack:T0ACME/AI-IR-2026-042/rollout/limited/min");
    assertThat(key.feature()).isEqualTo("rollout");
    assertThat(TimerKey.parse(key.value())).isEqualTo(key);
  }

  @Test
  void aTenantWideKeyHasNoIncident() {
    TimerKey key =
        TimerKey.ofTenant(new Tenant(Platform.DISCORD, "81384788765712384"), "digest", "daily");

    assertThat(key.value()).isEqualTo("discord:81384788765712384/-/digest/daily");
    assertThat(TimerKey.parse(key.value()).incident()).isEqualTo(Optional.empty());
  }

  @Test
  void aWorkspaceIdWithASlashStillParsesBack() {
    TimerKey key = TimerKey.ofTenant(new Tenant(Platform.CONSOLE, "a/b%c"), "bench", "1");

    assertThat(TimerKey.parse(key.value())).isEqualTo(key);
  }

  @Test
  void somethingElseIsNotAKey() {
    assertThatThrownBy(() -> TimerKey.parse("rollout/limited"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimerKey.ofTenant(ACME, "Rollout", "x y"))
        .hasMessage("not a timer purpose: Rollout/x y");
  }

  @Test
  void thePurposeCheckAgreesWithItsRegex() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "az09-/A_";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String sample = text.toString();
      assertThat(TimerKey.isPurpose(sample))
          .as(sample)
          .isEqualTo(TimerKey.PURPOSE.matcher(sample).matches());
    }
  }

  @Test
  void aWorkspaceIdIsEncodedOnlyWhereTheEncoderWouldChangeIt() {
    Tenant plain = new Tenant(Platform.SLACK, "T0A.B-C_D*");
    Tenant odd = new Tenant(Platform.SLACK, "T/1 é");

    assertThat(TimerKey.ofTenant(plain, "digest").value()).isEqualTo("slack:T0A.B-C_D*/-/digest");
    assertThat(TimerKey.ofTenant(odd, "digest").value()).isEqualTo("slack:T%2F1+%C3%A9/-/digest");
  }
}
