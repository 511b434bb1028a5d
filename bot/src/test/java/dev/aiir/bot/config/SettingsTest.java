package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void defaultsAreTheSqliteFileAndUtc() {
    Settings settings = Settings.fromEnvironment(Map.of());

    assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:aiir.db");
    assertThat(settings.core().teamZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.core().idPrefix()).isEqualTo("AI-IR");
    assertThat(settings.anyPlatformToken()).isFalse();
  }

  @Test
  void aBadTimeZoneNamesTheVariable() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_TIMEZONE", "Mars/Olympus")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("AIIR_TIMEZONE 'Mars/Olympus' is not a time zone");
  }

  @Test
  void aBadPrefixIsRefused() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_ID_PREFIX", "ai ir")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("AIIR_ID_PREFIX");
  }

  @Test
  void secretsNeverAppearInTheSettingsText() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-1",
                "SLACK_SIGNING_SECRET", "signing-secret-3",
                "SLACK_APP_TOKEN", "xapp-secret-4",
                "DISCORD_TOKEN", "discord-secret-2",
                "AIIR_DB_URL", "jdbc:postgresql://db/aiir?user=aiir&password=hunter2"));

    assertThat(settings.toString())
        .doesNotContain("xoxb-secret-1")
        .doesNotContain("discord-secret-2")
        .doesNotContain("hunter2")
        .doesNotContain("signing-secret-3")
        .doesNotContain("xapp-secret-4")
        .contains("slack=set");
  }

  @Test
  void timersRunAtRealSpeedUnlessADrillSaysOtherwise() {
    assertThat(Settings.fromEnvironment(Map.of()).timeScale()).isEqualTo(1);
    assertThat(Settings.fromEnvironment(Map.of("AIIR_TIME_SCALE", "3600")).timeScale())
        .isEqualTo(3600);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-5", "fast", "1.5", "9999999"})
  void aTimeScaleThatIsNoSpeedIsRefused(String value) {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_TIME_SCALE", value)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "AIIR_TIME_SCALE must be a whole number from 1 to 1000000, such as 3600 (an hour of"
                + " timers per second)");
  }

  @Test
  void httpModeNeedsTheSigningSecret() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is needed")
        .hasMessageNotContaining("xoxb-1");
  }

  @Test
  void slackSettingsReadTheModeTheAdminsAndTheApiUrl() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_APP_TOKEN", "xapp-1",
                "SLACK_API_URL", "http://127.0.0.1:9/api/",
                "AIIR_SLACK_ADMINS", " U1, U2 ,,",
                "AIIR_INCIDENT_CHANNELS", "true",
                "PORT", "8080"));

    SlackSettings slack = settings.slack().orElseThrow();
    assertThat(slack.socketMode()).isTrue();
    assertThat(slack.admins()).containsExactlyInAnyOrder("U1", "U2");
    assertThat(slack.apiUrl()).contains("http://127.0.0.1:9/api/");
    assertThat(settings.core().incidentChannels()).isTrue();
    assertThat(settings.port()).isEqualTo(8080);
  }

  @Test
  void incidentChannelsAreOffByDefaultAndTheDefaultPortIs3000() {
    Settings settings = Settings.fromEnvironment(Map.of());

    assertThat(settings.core().incidentChannels()).isFalse();
    assertThat(settings.port()).isEqualTo(3000);
  }

  @Test
  void aBadPortOrFlagNamesTheVariable() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "http")))
        .hasMessageStartingWith("PORT 'http'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_INCIDENT_CHANNELS", "maybe")))
        .hasMessageStartingWith("AIIR_INCIDENT_CHANNELS must be true or false");
  }

  @Test
  void prometheusIsReadWithItsTokenAndTimeoutAndTheTokenIsNeverPrinted() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "AIIR_PROMETHEUS_URL", "https://prom.example:9090/prometheus",
                "AIIR_PROMETHEUS_TOKEN", "prom-secret-5",
                "AIIR_PROMETHEUS_TIMEOUT", "5s"));

    PrometheusSettings prometheus = settings.prometheus().orElseThrow();
    assertThat(prometheus.url().toString()).isEqualTo("https://prom.example:9090/prometheus");
    assertThat(prometheus.token()).contains("prom-secret-5");
    assertThat(prometheus.timeout()).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(settings.toString())
        .doesNotContain("prom-secret-5")
        .contains(
            "metrics=prometheus[https://prom.example:9090/prometheus, token set, timeout 5s]");
    assertThat(Settings.fromEnvironment(Map.of()).prometheus()).isEmpty();
  }

  @Test
  void aBadPrometheusSettingNamesItsVariable() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("AIIR_PROMETHEUS_URL", "prom:9090")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("AIIR_PROMETHEUS_URL must be an http(s) URL such as http://prometheus:9090");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of("AIIR_PROMETHEUS_URL", "http://admin:hunter2@prom:9090")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("AIIR_PROMETHEUS_URL must not carry credentials")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of(
                        "AIIR_PROMETHEUS_URL", "http://prom:9090",
                        "AIIR_PROMETHEUS_TIMEOUT", "an hour")))
        .hasMessage(
            "AIIR_PROMETHEUS_TIMEOUT 'an hour' is not a duration from 1s to 2m, such as 10s");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of(
                        "AIIR_PROMETHEUS_URL", "http://prom:9090",
                        "AIIR_PROMETHEUS_TOKEN", "t",
                        "AIIR_PROMETHEUS_TOKEN_FILE", "/tmp/t")))
        .hasMessage("set AIIR_PROMETHEUS_TOKEN or AIIR_PROMETHEUS_TOKEN_FILE, not both");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of(
                        "AIIR_PROMETHEUS_URL", "http://prom:9090",
                        "AIIR_PROMETHEUS_TOKEN_FILE", "/nonexistent/token")))
        .hasMessage("AIIR_PROMETHEUS_TOKEN_FILE names /nonexistent/token, which cannot be read");
  }
}
