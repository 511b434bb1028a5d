package dev.aiir.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.LabelMatcher;
import dev.aiir.commands.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertsConfigTest {
  private static final String TOKEN = "am-token-5f0c2b";
  private static final Map<String, String> ENV =
      Map.of("AIIR_ALERTMANAGER_TOKEN", TOKEN, "AIIR_GRAFANA_SECRET", "grafana-hmac-9d1e");
  private static final String ROUTE = "routes: [{workspace: 'slack:T0ACME', channel: C0ALERTS}]";

  @TempDir Path dir;

  private static FileConfig parse(String yaml) {
    return ConfigFile.parse("aiir.yml", yaml, ENV);
  }

  @Test
  void sourcesRoutesAndTheDefaultRouteAreRead() throws Exception {
    Path tokenFile = dir.resolve("webhook-token");
    Files.writeString(tokenFile, "webhook-token-77\n");
    AlertsConfig alerts =
        parse(
                """
                alerts:
                  sources:
                    alertmanager:
                      token_env: AIIR_ALERTMANAGER_TOKEN
                    grafana:
                      hmac_secret_env: AIIR_GRAFANA_SECRET
                      timestamp_header: X-Grafana-Alerting-Timestamp
                    webhook:
                      token_file: %s
                  severity:
                    levels: {critical: 1, warning: 3}
                    default: 4
                  routes:
                    - name: assistant-pages
                      match: {service: assistant, severity: critical}
                      match_re: {team: "ml-.*"}
                      workspace: slack:T0ACME
                      channel: C0INCIDENTS
                      group: true
                      auto_resolve: true
                      commander: <@U0ONCALL|maya>
                    - workspace: discord:4242
                      channel: "1234567890"
                      mode: offer
                      severity: {label: priority, levels: {P1: 1}}
                  default:
                    workspace: slack:T0ACME
                    channel: C0TRIAGE
                    mode: offer
                """
                    .formatted(tokenFile))
            .alerts();

    assertThat(alerts.sources()).containsOnlyKeys(AlertSource.values());
    AlertSourceSettings grafana = alerts.sources().get(AlertSource.GRAFANA);
    assertThat(grafana.auth()).isEqualTo(AlertSourceSettings.Auth.HMAC);
    assertThat(grafana.signatureHeader()).isEqualTo("X-Grafana-Alerting-Signature");
    assertThat(grafana.timestampHeader()).contains("X-Grafana-Alerting-Timestamp");
    assertThat(grafana.maxAge()).isEqualTo(Duration.ofMinutes(5));
    assertThat(alerts.sources().get(AlertSource.WEBHOOK).secret().bytes())
        .isEqualTo("webhook-token-77".getBytes());
    AlertRoute first = alerts.routing().routes().get(0);
    assertThat(first.name()).isEqualTo("assistant-pages");
    assertThat(first.matchers())
        .containsExactly(
            LabelMatcher.equal("service", "assistant"),
            LabelMatcher.equal("severity", "critical"),
            LabelMatcher.regex("team", "ml-.*"));
    assertThat(first.tenant()).isEqualTo(new Tenant(Platform.SLACK, "T0ACME"));
    assertThat(first.mode()).isEqualTo(AlertRoute.Mode.DECLARE);
    assertThat(first.group()).isTrue();
    assertThat(first.autoResolve()).isTrue();
    assertThat(first.commander()).contains(new UserRef("U0ONCALL", "maya"));
    assertThat(first.severities().of(Map.of("severity", "warning"))).isEqualTo(Severity.SEV3);
    assertThat(first.severities().of(Map.of("severity", "info"))).isEqualTo(Severity.SEV4);
    AlertRoute second = alerts.routing().routes().get(1);
    assertThat(second.name()).isEqualTo("routes[2]");
    assertThat(second.mode()).isEqualTo(AlertRoute.Mode.OFFER);
    assertThat(second.severities().of(Map.of("priority", "p1"))).isEqualTo(Severity.SEV1);
    assertThat(second.severities().of(Map.of("priority", "P9"))).isEqualTo(Severity.SEV4);
    assertThat(alerts.routing().fallback()).map(AlertRoute::channelId).contains("C0TRIAGE");
    assertThat(parse("").alerts().sources()).isEmpty();
  }

  @Test
  void aMistakeDeepInTheFileNamesItsLine() {
    String yaml =
        """
        alerts:
          sources:
            alertmanager:
              token_env: AIIR_ALERTMANAGER_TOKEN
          routes:
            - workspace: slack:T0ACME
              channel: C0ALERTS
            - workspace: slack:T0ACME
              channel: C0PAGES
              mode: page
        """;

    assertThatThrownBy(() -> parse(yaml))
        .hasMessage(
            "AIIR_CONFIG aiir.yml:10: alerts.routes[2].mode: 'page' is neither declare (open an"
                + " incident) nor offer (post a Declare button)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'alerts: {routes: []}'                                                          | AIIR_CONFIG aiir.yml:1: alerts: name the sources that may post alerts under sources (or set AIIR_ALERTS_TOKEN)
          'alerts: {sources: {}, ROUTE}'                                                  | AIIR_CONFIG aiir.yml:1: alerts.sources: name at least one of alertmanager, grafana, webhook
          'alerts: {sources: {prometheus: {token_env: X}}, ROUTE}'                        | AIIR_CONFIG aiir.yml:1: alerts.sources: unknown key 'prometheus' (expected: alertmanager, grafana, webhook)
          'alerts: {sources: {alertmanager: {token: s3cret}}, ROUTE}'                     | AIIR_CONFIG aiir.yml:1: alerts.sources.alertmanager.token: keep secrets out of this file: name an environment variable (token_env) or a file (token_file) that holds it
          'alerts: {sources: {alertmanager: {}}, ROUTE}'                                  | AIIR_CONFIG aiir.yml:1: alerts.sources.alertmanager: give exactly one credential: token_env, token_file, hmac_secret_env or hmac_secret_file
          'alerts: {sources: {alertmanager: {token_env: A, hmac_secret_env: B}}, ROUTE}'  | AIIR_CONFIG aiir.yml:1: alerts.sources.alertmanager: give exactly one credential: token_env, token_file, hmac_secret_env or hmac_secret_file (not token_env and hmac_secret_env)
          'alerts: {sources: {alertmanager: {token_env: NOT_SET}}, ROUTE}'                | AIIR_CONFIG aiir.yml:1: alerts.sources.alertmanager.token_env: the environment variable NOT_SET is not set
          'alerts: {sources: {webhook: {token_file: /no/such/file}}, ROUTE}'              | AIIR_CONFIG aiir.yml:1: alerts.sources.webhook.token_file: the file /no/such/file cannot be read
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}}'       | AIIR_CONFIG aiir.yml:1: alerts: list routes, a default route, or both (or set AIIR_ALERTS_CHANNEL)
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{channel: C1}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1].workspace: missing
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{workspace: T0ACME, channel: C1}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1].workspace: 'T0ACME' is not a workspace such as slack:T0123ABC, discord:<guild id> or console:console
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{workspace: "slack:T1", channel: C1, match_re: {team: "ml-(["}}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1].match_re.team: 'ml-([' is not a regular expression: Unclosed character class
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{workspace: "slack:T1", channel: C1, severity: {levels: {critical: 0}}}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1].severity.levels.critical: '0' is not a severity from 1 to 4
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{workspace: "slack:T1", channel: C1, group: yes please}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1].group: 'yes please' is neither true nor false
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{workspace: "slack:T1", channel: C1, chanel: C2}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[1]: unknown key 'chanel' (expected: auto_resolve, channel, commander, group, match, match_re, mode, name, severity, workspace)
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, routes: [{name: a, workspace: "slack:T1", channel: C1}, {name: a, workspace: "slack:T1", channel: C2}]}' | AIIR_CONFIG aiir.yml:1: alerts.routes[2].name: another route is named 'a'
          'alerts: {sources: {alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}}, default: {workspace: "slack:T1", channel: C1, match: {a: b}}}' | AIIR_CONFIG aiir.yml:1: alerts.default: unknown key 'match' (expected: auto_resolve, channel, commander, group, mode, name, severity, workspace)
          """)
  void aMistakeInTheAlertsStopsStartUpNamingThePlace(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml.replace("ROUTE", ROUTE)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(message);
  }

  @Test
  void secretsAppearInNoMessageAndNoSettingsText() throws Exception {
    Path file = dir.resolve("aiir.yml");
    Files.writeString(
        file,
        "alerts:\n  sources:\n    alertmanager: {token_env: AIIR_ALERTMANAGER_TOKEN}\n  " + ROUTE);
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("AIIR_CONFIG", file.toString());

    Settings settings = Settings.fromEnvironment(env);

    assertThat(settings.alertSources()).containsOnlyKeys(AlertSource.ALERTMANAGER);
    assertThat(settings.toString()).contains("alerts=alertmanager (bearer)").doesNotContain(TOKEN);
    assertThat(settings.alertSources().get(AlertSource.ALERTMANAGER).secret().toString())
        .isEqualTo("secret from env AIIR_ALERTMANAGER_TOKEN");
    assertThat(settings.core().alerts().routes()).hasSize(1);
    assertThat(settings.core().alerts().fallback()).isEqualTo(Optional.empty());
  }
}
