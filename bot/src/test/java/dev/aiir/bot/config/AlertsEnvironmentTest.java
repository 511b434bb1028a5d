package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.SeverityMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AIIR_ALERTS_CHANNEL and AIIR_ALERTS_TOKEN: alerts from environment variables alone. */
class AlertsEnvironmentTest {
  private static final String TOKEN = "alerts-token-51c9e2";

  @TempDir Path dir;

  private static Settings settings(Map<String, String> given) {
    Map<String, String> env = new HashMap<>(given);
    env.put("SLACK_BOT_TOKEN", "xoxb-1");
    env.put("SLACK_SIGNING_SECRET", "s");
    return Settings.fromEnvironment(env);
  }

  @Test
  void theChannelAndTokenAloneGiveEverySourceTheTokenAndADeclaringDefaultRoute() {
    Settings settings =
        settings(
            Map.of("AIIR_ALERTS_CHANNEL", "slack:T0ACME/C0ALERTS", "AIIR_ALERTS_TOKEN", TOKEN));

    assertThat(settings.alertSources()).containsOnlyKeys(AlertSource.values());
    assertThat(settings.alertSources().values())
        .allSatisfy(s -> assertThat(s.auth()).isEqualTo(AlertSourceSettings.Auth.BEARER))
        .allSatisfy(s -> assertThat(s.secret().bytes()).isEqualTo(TOKEN.getBytes()));
    AlertRoute fallback = settings.core().alerts().fallback().orElseThrow();
    assertThat(fallback.tenant()).isEqualTo(new Tenant(Platform.SLACK, "T0ACME"));
    assertThat(fallback.channelId()).isEqualTo("C0ALERTS");
    assertThat(fallback.mode()).isEqualTo(AlertRoute.Mode.DECLARE);
    assertThat(fallback.severities()).isEqualTo(SeverityMap.standard());
    assertThat(settings.core().alerts().route(Map.of("service", "anything"))).contains(fallback);
    assertThat(settings.toString()).doesNotContain(TOKEN);
  }

  @Test
  void aDiscordChannelIsTheDefaultRouteToo() {
    Settings settings =
        settings(
            Map.of(
                "AIIR_ALERTS_CHANNEL",
                "discord:112233445566778899/998877665544332211",
                "AIIR_ALERTS_TOKEN",
                TOKEN));

    AlertRoute fallback = settings.core().alerts().fallback().orElseThrow();
    assertThat(fallback.tenant()).isEqualTo(new Tenant(Platform.DISCORD, "112233445566778899"));
    assertThat(fallback.channelId()).isEqualTo("998877665544332211");
  }

  @Test
  void theFilesRoutesComeFirstAndASourcesOwnCredentialWinsOverTheToken() throws Exception {
    Path config = dir.resolve("aiir.yml");
    Files.writeString(
        config,
        """
        alerts:
          sources:
            grafana: {hmac_secret_env: GRAFANA_SECRET}
          routes:
            - name: assistant
              match: {service: assistant}
              workspace: slack:T0ACME
              channel: C0ASSISTANT
        """);

    Settings settings =
        settings(
            Map.of(
                "AIIR_CONFIG",
                config.toString(),
                "GRAFANA_SECRET",
                "grafana-secret",
                "AIIR_ALERTS_CHANNEL",
                "slack:T0ACME/C0TRIAGE",
                "AIIR_ALERTS_TOKEN",
                TOKEN));

    assertThat(settings.alertSources().get(AlertSource.GRAFANA).auth())
        .isEqualTo(AlertSourceSettings.Auth.HMAC);
    assertThat(settings.alertSources().get(AlertSource.WEBHOOK).auth())
        .isEqualTo(AlertSourceSettings.Auth.BEARER);
    assertThat(settings.core().alerts().route(Map.of("service", "assistant")))
        .map(AlertRoute::channelId)
        .contains("C0ASSISTANT");
    assertThat(settings.core().alerts().route(Map.of("service", "search")))
        .map(AlertRoute::channelId)
        .contains("C0TRIAGE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"C0ALERTS", "slack:T0ACME", "slack:T0ACME/", "teams:T1/C1", "slack:T 1/C1"})
  void aChannelThatIsNotOneStopsStartUpNamingTheVariable(String value) {
    assertThatThrownBy(
            () -> settings(Map.of("AIIR_ALERTS_CHANNEL", value, "AIIR_ALERTS_TOKEN", TOKEN)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "AIIR_ALERTS_CHANNEL must be slack:TEAM/CHANNEL or discord:GUILD/CHANNEL, such as"
                + " slack:T0123ABC/C0ALERTS, not '"
                + value
                + "'");
  }

  @Test
  void aChannelWithoutATokenStopsStartUpRatherThanTakeAnyonesAlerts() {
    assertThatThrownBy(() -> settings(Map.of("AIIR_ALERTS_CHANNEL", "slack:T0ACME/C0ALERTS")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "AIIR_ALERTS_CHANNEL is set, so set AIIR_ALERTS_TOKEN too (the bearer token alert"
                + " sources send), or give alertmanager a credential under alerts.sources in"
                + " AIIR_CONFIG");
  }

  @Test
  void withNeitherThereAreNoEndpoints() {
    assertThat(settings(Map.of()).alertSources()).isEmpty();
  }
}
