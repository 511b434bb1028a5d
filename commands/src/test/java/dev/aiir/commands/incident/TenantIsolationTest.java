package dev.aiir.commands.incident;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import org.junit.jupiter.api.Test;

class TenantIsolationTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T-ACME");
  private static final Tenant GLOBEX = new Tenant(Platform.DISCORD, "G-GLOBEX");
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @Test
  void twoTenantsNeverSeeEachOthersIncidentsEvenWhenTheyGuessAnId() {
    fixture.in(ACME, MAYA, "C1", "declare acme secret outage");
    StoreSnapshot acmeBefore = StoreSnapshot.of(fixture.store, ACME);

    Reply guessed = fixture.in(GLOBEX, MAYA, "C1", "status --id AI-IR-2026-001");
    Reply byChannel = fixture.in(GLOBEX, MAYA, "C1", "log sneaky");
    Reply listed = fixture.in(GLOBEX, MAYA, "C1", "list");

    assertThat(guessed.refused()).isTrue();
    assertThat(guessed.plainText()).doesNotContain("secret");
    assertThat(byChannel.refused()).isTrue();
    assertThat(listed.plainText()).isEqualTo("No open incidents.");
    assertThat(StoreSnapshot.of(fixture.store, ACME)).isEqualTo(acmeBefore);
  }

  @Test
  void eachTenantNumbersItsOwnIncidents() {
    fixture.in(ACME, MAYA, "C1", "declare one");
    Reply globex = fixture.in(GLOBEX, MAYA, "C9", "declare other");

    assertThat(globex.plainText()).startsWith("Incident AI-IR-2026-001 declared: other");
  }
}
