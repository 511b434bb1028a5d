package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {
  @TempDir Path dir;

  private static FileConfig parse(String yaml) {
    return ConfigFile.parse("aiir.yml", yaml);
  }

  @Test
  void aTeamsPlanAndManagersAreRead() {
    FileConfig config =
        parse(
            """
            rollout:
              phases:
                - name: Shadow
                  traffic: 1%
                  duration: 30m-1h
                  exit: Shadow answers match the old model's
                - name: Half
                  traffic: 10-50%
                  duration: 2-6h
                  exit: Error rate at baseline
                - name: Everyone
                  traffic: 100%
                  duration: 2d
                  exit: Two quiet days
            managers:
              default:
                channel: C0MANAGERS
              slack:T0ACME:
                channel: C0ACMEMGR
                users: [U0CEO, U0VP]
              discord:81384788765712384:
                users: [81384788765712385]
            """);

    assertThat(config.rolloutPlan().phases())
        .extracting(Phase::name, p -> p.traffic().toString(), Phase::minimum, Phase::maximum)
        .containsExactly(
            tuple("Shadow", "1%", Duration.ofMinutes(30), Duration.ofHours(1)),
            tuple("Half", "10-50%", Duration.ofHours(2), Duration.ofHours(6)),
            tuple("Everyone", "100%", Duration.ofDays(2), Duration.ofDays(2)));
    assertThat(config.managers().forTenant(new Tenant(Platform.SLACK, "T0ACME")))
        .isEqualTo(new Managers(Optional.of("C0ACMEMGR"), List.of("U0CEO", "U0VP")));
    assertThat(config.managers().forTenant(new Tenant(Platform.DISCORD, "81384788765712384")))
        .isEqualTo(new Managers(Optional.empty(), List.of("81384788765712385")));
    assertThat(config.managers().forTenant(new Tenant(Platform.SLACK, "T0OTHER")))
        .isEqualTo(new Managers(Optional.of("C0MANAGERS"), List.of()));
  }

  @Test
  void whatTheFileLeavesOutKeepsItsDefault() {
    FileConfig managersOnly = parse("managers:\n  default:\n    users: [lee]\n");

    assertThat(managersOnly.rolloutPlan()).isEqualTo(RolloutPlan.defaults());
    assertThat(parse("")).isEqualTo(FileConfig.defaults());
  }

  @Test
  void nudgeCadencesDefaultToTheStandardOnesAndCanBeChangedOrTurnedOff() {
    assertThat(parse("").nudges()).isEqualTo(NudgeCadences.standard());

    NudgeCadences changed = parse("nudges: {sev1: 15m, sev3: off, sev4: 8h}\n").nudges();

    assertThat(changed.of(Severity.SEV1)).contains(Duration.ofMinutes(15));
    assertThat(changed.of(Severity.SEV2)).contains(Duration.ofHours(1));
    assertThat(changed.of(Severity.SEV3)).isEmpty();
    assertThat(changed.of(Severity.SEV4)).contains(Duration.ofHours(8));
  }

  @Test
  void theDigestDefaultsToWeekdaysAt0900AndIsSetByACronLineOrTurnedOff() {
    assertThat(parse("").digest()).contains(DigestSchedule.standard());
    assertThat(parse("digest: \"30 8 * * 1\"\n").digest())
        .contains(new DigestSchedule(LocalTime.of(8, 30), Set.of(DayOfWeek.MONDAY)));
    assertThat(parse("digest: off\n").digest()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rolout: {}                                         | AIIR_CONFIG aiir.yml:1: unknown key 'rolout' (expected: alerts, digest, exports, managers, nudges, rollout)
          rollout: {phase: []}                               | AIIR_CONFIG aiir.yml:1: rollout: unknown key 'phase' (expected: phases)
          rollout: {phases: []}                              | AIIR_CONFIG aiir.yml:1: rollout.phases: list the phases, each with name, traffic, duration and exit
          'rollout: {phases: [{name: Canary, traffic: 1-5%, duration: 2h-4h}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases[1] (Canary).exit: missing
          'rollout: {phases: [{name: Canary, traffic: lots, duration: 2h, exit: x}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases[1] (Canary).traffic: 'lots' is not a range such as 10-25%
          'rollout: {phases: [{name: Canary, traffic: 25-10%, duration: 2h, exit: x}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases[1] (Canary).traffic: a traffic range runs from 1% to 100%, low end first, not 25-10%
          'rollout: {phases: [{name: Canary, traffic: 1-5%, duration: soon, exit: x}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases[1] (Canary).duration: 'soon' is not a duration such as 2h-4h, or 72h
          'rollout: {phases: [{name: Canary, traffic: 1-5%, duration: 4h-2h, exit: x}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases[1] (Canary): Canary's maximum is shorter than its minimum
          'rollout: {phases: [{name: Canary, traffic: 1-5%, duration: 2h-4h, exit: x}]}' | AIIR_CONFIG aiir.yml:1: rollout.phases: the final phase, Canary, has one duration (how long it must be stable)
          'managers: {default: {}}'                          | AIIR_CONFIG aiir.yml:1: managers.default: name a channel, users, or both
          'managers: {T0ACME: {channel: C1}}'                | AIIR_CONFIG aiir.yml:1: managers.T0ACME: name a workspace as slack:T0123ABC, a guild as discord:1234, or use default
          'managers: {default: {users: U0ONE}}'              | AIIR_CONFIG aiir.yml:1: managers.default.users: list user ids, such as [U0123ABC, U0456DEF]
          'nudges: {sev1: soon}'                             | AIIR_CONFIG aiir.yml:1: nudges.sev1: 'soon' is not a duration such as 30m or 4h, nor off
          'nudges: {sev5: 1h}'                               | AIIR_CONFIG aiir.yml:1: nudges: unknown key 'sev5' (expected: sev1, sev2, sev3, sev4)
          'digest: every morning'                            | AIIR_CONFIG aiir.yml:1: digest: 'every morning' is not a cron line such as "0 9 * * 1-5" (minute hour * * weekdays), nor off
          'rollout: [1, 2'                                   | AIIR_CONFIG aiir.yml: this is not valid YAML (line 1, column 15)
          """)
  void aMistakeStopsStartUpNamingTheFileAndThePlace(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(message);
  }

  @Test
  void theReadmesExampleMistakesNameTheirLines() {
    String plan =
        """
        rollout:
          phases:
            - name: Canary
              traffic: 1-5%
              duration: 2h-4h
              exit: No anomalies in monitoring dashboards
            - name: Limited
              traffic: LIMITED
              duration: 4h-8h
              exit: Metrics match or exceed pre-incident baseline
            - name: Full
              traffic: 100%
              duration: 72h
              exit: 72 hours of stable operation
        """;

    assertThatThrownBy(() -> parse(plan.replace("LIMITED", "lots")))
        .hasMessage(
            "AIIR_CONFIG aiir.yml:8: rollout.phases[2] (Limited).traffic: 'lots' is not a range"
                + " such as 10-25%");
    assertThatThrownBy(() -> parse(plan.replace("LIMITED", "1-2%")))
        .hasMessage(
            "AIIR_CONFIG aiir.yml:2: rollout.phases: Limited's traffic must start above Canary's");
  }

  @Test
  void theFileIsNamedByAiirConfig() throws Exception {
    Path file = dir.resolve("aiir.yml");
    Files.writeString(file, "managers:\n  default:\n    channel: managers\n");

    Settings settings = Settings.fromEnvironment(Map.of("AIIR_CONFIG", file.toString()));

    assertThat(settings.core().managers().forTenant(Tenant.console()).channelId())
        .contains("managers");
    assertThat(settings.toString()).contains("config=" + file);
  }

  @Test
  void aMissingFileStopsStartUp() {
    Path missing = dir.resolve("nope.yml");

    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_CONFIG", missing.toString())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("AIIR_CONFIG names " + missing + ", which cannot be read");
  }
}
