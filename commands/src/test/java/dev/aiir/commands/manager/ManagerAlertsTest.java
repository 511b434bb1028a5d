package dev.aiir.commands.manager;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManagerAlertsTest {
  private static final Tenant OTHER = new Tenant(Platform.SLACK, "T2");
  private static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(),
          Map.of(
              TENANT,
              new Managers(Optional.of("CMGR"), List.of("U0BOSS", "U0VP")),
              OTHER,
              new Managers(Optional.empty(), List.of("U0ELSE"))));
  private final BotFixture fixture =
      new BotFixture("2026-03-12T14:00:00Z", CoreSettings.defaults().withManagers(MANAGERS));

  private void deliver() {
    fixture.dispatcher.deliverDue();
  }

  private List<Sent> toManagers() {
    List<Sent> all = new java.util.ArrayList<>();
    fixture.chat.posts().stream().filter(s -> s.to().equals("CMGR")).forEach(all::add);
    all.addAll(fixture.chat.directMessages());
    return all;
  }

  @Test
  void aSev1DeclarationReachesTheManagersChannelAndEachManagerOnce() {
    fixture.as(SAM, "declare Assistant leaks prompts --sev 1 --detected 13:45");
    deliver();
    deliver();

    String alert =
        """
        AI-IR-2026-001 declared SEV-1: Assistant leaks prompts
        Commander: @sam
        Open for: 15 minutes
        Follow it: `/incident status --id AI-IR-2026-001`""";
    assertThat(toManagers())
        .containsExactly(
            new Sent(TENANT, "CMGR", alert),
            new Sent(TENANT, "U0BOSS", alert),
            new Sent(TENANT, "U0VP", alert));
  }

  @Test
  void aMilderDeclarationTellsManagersNothing() {
    fixture.as(SAM, "declare Drift --sev 2");
    deliver();

    assertThat(toManagers()).isEmpty();
  }

  @Test
  void anUpgradeToSev1IsAnnouncedWithWhereItCameFrom() {
    fixture.as(SAM, "declare Drift --sev 3");
    fixture.clock.advance(Duration.ofMinutes(40));

    fixture.as(SAM, "sev 1 spreading to every region");
    deliver();

    assertThat(toManagers()).extracting(Sent::to).containsExactly("CMGR", "U0BOSS", "U0VP");
    assertThat(toManagers().get(0).text())
        .startsWith("AI-IR-2026-001 upgraded from SEV-3 to SEV-1: Drift")
        .contains("Open for: 40 minutes");
  }

  @Test
  void aDowngradeOrAnUpgradeShortOfSev1TellsManagersNothing() {
    fixture.as(SAM, "declare Drift --sev 3");
    fixture.as(SAM, "sev 2");
    fixture.as(SAM, "sev 4");
    deliver();

    assertThat(toManagers()).isEmpty();
  }

  @Test
  void aRefusedUpgradeTellsManagersNothing() {
    fixture.as(SAM, "declare Drift --sev 3");

    assertThat(fixture.as(LEE, "sev 1").refused()).isTrue();
    deliver();

    assertThat(toManagers()).isEmpty();
  }

  @Test
  void eachTenantsSev1GoesOnlyToItsOwnManagers() {
    fixture.in(OTHER, SAM, "C9", "declare Elsewhere --sev 1");
    deliver();

    assertThat(toManagers())
        .extracting(Sent::tenant, Sent::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OTHER, "U0ELSE"));
  }
}
