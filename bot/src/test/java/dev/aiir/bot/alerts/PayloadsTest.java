package dev.aiir.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alertmanager's, Grafana's and the generic webhook's JSON, read into one shape. */
class PayloadsTest {
  private static final Instant NOW = Instant.parse("2026-03-12T15:00:00Z");

  private static AlertBatch alertmanager(String json) {
    return AlertmanagerJson.read(json, AlertSource.ALERTMANAGER, NOW);
  }

  @Test
  void alertmanagersFiringAlertKeepsItsLabelsAnnotationsStartAndGenerator() {
    AlertBatch batch = alertmanager(Fixtures.read("alertmanager-firing.json"));

    assertThat(batch.groupKey())
        .isEqualTo("{}/{service=\"assistant\"}:{alertname=\"AssistantErrorRate\"}");
    assertThat(batch.truncated()).isZero();
    assertThat(batch.externalUrl()).isEqualTo("http://alertmanager.example.com:9093");
    Alert alert = batch.alerts().get(0);
    assertThat(alert.fingerprint()).isEqualTo("1a30ba71cca2921f");
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.title()).isEqualTo("Assistant error rate above 5%");
    assertThat(alert.labels()).containsEntry("severity", "critical").hasSize(7);
    assertThat(alert.annotations())
        .containsEntry("runbook_url", "https://runbooks.example.com/assistant/error-rate");
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-12T14:22:05.739266876Z"));
    assertThat(alert.endsAt()).isNull();
    assertThat(alert.generatorUrl())
        .isEqualTo(
            "http://prometheus.example.com:9090/graph?g0.expr=job%3Aassistant_errors%3Aratio5m"
                + "+%3E+0.05&g0.tab=1");
  }

  @Test
  void aResolvedAlertCarriesItsEndAndAGroupItsLeftOutCount() {
    Alert resolved = alertmanager(Fixtures.read("alertmanager-resolved.json")).alerts().get(0);
    AlertBatch group = alertmanager(Fixtures.read("alertmanager-group.json"));

    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.endsAt()).isEqualTo(Instant.parse("2026-03-12T14:41:35.112233445Z"));
    assertThat(group.alerts())
        .extracting(Alert::fingerprint)
        .containsExactly("1a30ba71cca2921f", "7e2f0c81d4b6a953");
    assertThat(group.truncated()).isEqualTo(2);
  }

  @Test
  void grafanasAlertAddsItsLinksAndValuesAndItsOffsetTimeReadsAsUtc() {
    AlertBatch batch =
        AlertmanagerJson.read(Fixtures.read("grafana-alerting.json"), AlertSource.GRAFANA, NOW);
    Alert alert = batch.alerts().get(0);
    Alert ok =
        AlertmanagerJson.read(Fixtures.read("grafana-ok.json"), AlertSource.GRAFANA, NOW)
            .alerts()
            .get(0);

    assertThat(alert.source()).isEqualTo(AlertSource.GRAFANA);
    assertThat(alert.title()).isEqualTo("RAG retrieval p95 latency above 1.5 s");
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-12T07:51:03.157076Z"));
    assertThat(alert.annotations()).containsEntry("values", "B=2.4137, C=1");
    assertThat(alert.links())
        .containsOnlyKeys("dashboard", "panel", "silence")
        .containsEntry(
            "panel", "https://grafana.example.com/d/rag01/rag-serving?orgId=1&viewPanel=4");
    assertThat(ok.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(ok.endsAt()).isEqualTo(Instant.parse("2026-03-12T08:07:03.157076Z"));
  }

  @Test
  void anAlertWithoutAFingerprintOrASummaryIsNamedAndFingerprintedByItsLabels() {
    String json =
        "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"DiskFull\","
            + "\"host\":\"db1\"},\"startsAt\":\"2026-03-12T14:00:00Z\"}]}";

    Alert alert = alertmanager(json).alerts().get(0);

    assertThat(alert.title()).isEqualTo("DiskFull");
    assertThat(alert.fingerprint())
        .hasSize(16)
        .isEqualTo(alertmanager(json).alerts().get(0).fingerprint());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"alerts": ['                                                  | the body is not JSON (line 1, column 13)
          '[1, 2]'                                                        | the body is not a JSON object
          '{"version": "3", "alerts": []}'                                | version: '3' is not Alertmanager's webhook version 4
          '{"version": "4"}'                                              | alerts: expected a list of one or more alerts
          '{"alerts": [{"status": "burning", "startsAt": "2026-03-12T14:00:00Z"}]}' | alerts[1].status: 'burning' is neither firing nor resolved
          '{"alerts": [{"status": "firing"}]}'                            | alerts[1].startsAt: missing
          '{"alerts": [{"status": "firing", "startsAt": "yesterday"}]}'   | alerts[1].startsAt: 'yesterday' is not a time such as 2026-03-12T14:22:00Z
          '{"alerts": [{"status": "firing", "startsAt": "2026-03-12T14:00:00Z", "labels": {"a": {"b": 1}}}]}' | alerts[1].labels.a: expected a string
          '{"alerts": [{"status": "firing", "startsAt": "2026-03-12T14:00:00Z", "labels": {"alertname": "A"}}], "truncatedAlerts": -1}' | truncatedAlerts: expected a count of alerts, 0 or more
          '{"alerts": [{"status": "firing", "startsAt": "2026-03-12T14:00:00Z"}]}' | alerts[1].labels: an alert needs at least one label, such as alertname
          '{"alerts": [{"status": "firing", "startsAt": "2026-03-12T14:00:00Z", "labels": {}}]}' | alerts[1].labels: an alert needs at least one label, such as alertname
          """)
  void aBodyThatIsNotAlertmanagersShapeIsRefusedNamingThePlace(String json, String reason) {
    assertThatThrownBy(() -> alertmanager(json))
        .isInstanceOf(PayloadProblem.class)
        .hasMessage(reason);
  }

  @Test
  void theGenericWebhookReadsItsSeverityIntoALabelAndItsUrlAsTheGenerator() {
    AlertBatch batch = WebhookJson.read(Fixtures.read("webhook.json"), NOW);

    Alert alert = batch.alerts().get(0);
    assertThat(batch.source()).isEqualTo(AlertSource.WEBHOOK);
    assertThat(batch.groupKey()).isNull();
    assertThat(alert.title()).isEqualTo("Embedding drift above threshold for search-ranker");
    assertThat(alert.fingerprint()).isEqualTo("search-ranker-embedding-drift");
    assertThat(alert.labels()).containsEntry("severity", "high").containsEntry("team", "ml-search");
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-12T11:05:00Z"));
    assertThat(alert.generatorUrl())
        .isEqualTo("https://evals.example.com/drift/search-ranker?window=1h");
  }

  @Test
  void theGenericWebhookDefaultsToFiringNowWithAFingerprintOfItsTitleAndLabels() {
    String json = "{\"title\": \"Queue backed up\", \"labels\": {\"service\": \"ingest\"}}";
    String resolved =
        "{\"title\": \"Queue backed up\", \"status\": \"resolved\", \"labels\": {\"service\": \"ingest\"}}";

    Alert alert = WebhookJson.read(json, NOW).alerts().get(0);
    Alert over = WebhookJson.read(resolved, NOW.plusSeconds(60)).alerts().get(0);

    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.startsAt()).isEqualTo(NOW);
    assertThat(over.fingerprint()).isEqualTo(alert.fingerprint());
    assertThat(over.endsAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"severity": "high"}'                          | title: missing
          '{"title": "x", "titel": "y"}'                  | unknown field 'titel' (expected: annotations, endsAt, fingerprint, labels, severity, startsAt, status, title, url)
          '{"title": "x", "status": "ok"}'                | status: 'ok' is neither firing nor resolved
          '{"title": "x", "labels": ["a"]}'               | labels: expected an object of names and values
          '{"title": ["x"]}'                              | title: expected a string
          """)
  void aWebhookBodyOutsideTheSchemaIsRefusedNamingThePlace(String json, String reason) {
    assertThatThrownBy(() -> WebhookJson.read(json, NOW))
        .isInstanceOf(PayloadProblem.class)
        .hasMessage(reason);
  }
}
