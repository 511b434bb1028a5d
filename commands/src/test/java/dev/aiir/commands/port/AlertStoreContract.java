package dev.aiir.commands.port;

import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.HOSTILE;
import static dev.aiir.commands.port.StoreSamples.UNICODE;
import static dev.aiir.commands.port.StoreSamples.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertGlance;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.testing.AlertSamples;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises of alerts: one open record per dedupe key (the heart of "one alert, one
 * incident"), records read back exactly, and tenants apart. An implementation's test extends this
 * class and returns a new, empty store from {@link #newStore()}.
 */
public abstract class AlertStoreContract {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final Tenant GLOBEX = new Tenant(Platform.SLACK, "T0GLOBEX");
  private static final Instant STARTS = Instant.parse("2026-03-14T14:23:11.500Z");
  private static final IncidentId INCIDENT = IncidentId.of("AI-IR", 2026, 1);
  private static final String KEY = "alertmanager:1a30ba71cca2921f";

  private IncidentStore store;

  protected abstract IncidentStore newStore();

  @BeforeEach
  void openAnEmptyStore() {
    store = newStore();
  }

  @Test
  void anOpenAlertIsHeldOnceSoASecondDeliveryOpensNothing() {
    Optional<AlertRecord> first = open(ACME, KEY);
    Optional<AlertRecord> second = open(ACME, KEY);

    assertThat(first).isPresent();
    assertThat(first.get().id()).isPositive();
    assertThat(second).isEmpty();
    assertThat(latest(ACME, KEY)).contains(first.get());
  }

  @Test
  void aClosedAlertsKeyCanBeOpenedAgainAndTheLatestRecordIsTheNewOne() {
    AlertRecord first = open(ACME, KEY).orElseThrow();
    in(ACME, tx -> update(tx, first.closed(STARTS.plusSeconds(3600))));

    AlertRecord again = open(ACME, KEY).orElseThrow();

    assertThat(again.id()).isNotEqualTo(first.id());
    assertThat(latest(ACME, KEY)).contains(again);
    assertThat(find(ACME, first.id())).contains(first.closed(STARTS.plusSeconds(3600)));
  }

  @Test
  void anAlertNeverSeenIsOpenedFirstAndReadsBackAsOpenWouldStoreIt() {
    Optional<AlertRecord> first = openFirst(ACME, KEY);

    assertThat(first).isPresent();
    assertThat(first.get().id()).isPositive();
    assertThat(latest(ACME, KEY)).contains(first.get());
    assertThat(openFirst(GLOBEX, KEY)).as("another tenant's key is its own").isPresent();
  }

  @Test
  void anAlertOpenedFirstOpensNothingWhenItsKeyHasARecordOpenOrClosed() {
    AlertRecord open = open(ACME, KEY).orElseThrow();

    assertThat(openFirst(ACME, KEY)).as("while open").isEmpty();

    in(ACME, tx -> update(tx, open.closed(STARTS.plusSeconds(3600))));

    assertThat(openFirst(ACME, KEY)).as("once closed").isEmpty();
    assertThat(latest(ACME, KEY)).contains(open.closed(STARTS.plusSeconds(3600)));
  }

  @Test
  void anAlertReadsBackExactlyWithItsIncidentStatusAndClosing() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", "AssistantErrorRate");
    labels.put("hostile", HOSTILE);
    labels.put("unicode", UNICODE);
    Alert alert =
        new Alert(
            AlertSource.GRAFANA,
            "c6eadffa33fcdf37",
            AlertStatus.FIRING,
            UNICODE,
            labels,
            Map.of("summary", HOSTILE, "values", "B=44.24, C=1"),
            STARTS,
            null,
            "https://grafana.example.com/alerting/1afz29v7z/edit",
            Map.of(
                "dashboard", "https://grafana.example.com/d/abc", "silence", "https://x/s?a=b&c"));
    in(ACME, tx -> insertIncident(tx));
    AlertRecord opened =
        in(ACME, tx -> tx.alerts().open(AlertRecord.opened(KEY, alert, DECLARED))).orElseThrow();
    AlertRecord changed =
        opened
            .withIncident(INCIDENT)
            .withStatus(AlertStatus.RESOLVED, STARTS.plusMillis(90_001))
            .closed(STARTS.plusMillis(90_002));

    in(ACME, tx -> update(tx, changed));

    assertThat(find(ACME, opened.id())).contains(changed);
    assertThat(alertsOf(ACME, INCIDENT)).containsExactly(changed);
  }

  @Test
  void aGlanceTellsTheLatestRecordsStatusClosingAndItsIncidentsStateAsItIsNow() {
    in(ACME, tx -> insertIncident(tx));
    AlertRecord opened = open(ACME, KEY).orElseThrow().withIncident(INCIDENT);
    in(ACME, tx -> update(tx, opened));

    assertThat(glance(ACME, KEY))
        .contains(
            new AlertGlance(
                AlertStatus.FIRING,
                Optional.of(INCIDENT),
                Optional.of(IncidentState.INVESTIGATING),
                null));

    in(
        ACME,
        tx -> {
          tx.incidents()
              .update(
                  tx.incidents().find(INCIDENT).orElseThrow().withState(IncidentState.RESOLVED));
          return update(
              tx, opened.withStatus(AlertStatus.RESOLVED, STARTS.plusSeconds(60)).closed(DECLARED));
        });

    AlertGlance ended = glance(ACME, KEY).orElseThrow();
    assertThat(ended)
        .isEqualTo(
            new AlertGlance(
                AlertStatus.RESOLVED,
                Optional.of(INCIDENT),
                Optional.of(IncidentState.RESOLVED),
                DECLARED));
    assertThat(ended.isOpen()).isFalse();
    assertThat(ended.incidentEnded()).isTrue();
  }

  @Test
  void aGlanceAtAnOfferedAlertShowsNoIncidentAndAtAnotherTenantsKeyNothing() {
    open(ACME, KEY);

    AlertGlance offered = glance(ACME, KEY).orElseThrow();

    assertThat(offered)
        .isEqualTo(new AlertGlance(AlertStatus.FIRING, Optional.empty(), Optional.empty(), null));
    assertThat(offered.incidentEnded()).isFalse();
    assertThat(glance(GLOBEX, KEY)).isEmpty();
    assertThat(glance(ACME, "alertmanager:unknown")).isEmpty();
  }

  @Test
  void anIncidentsAlertsAreListedInTheOrderTheyWereTakenIn() {
    in(ACME, tx -> insertIncident(tx));
    AlertRecord first = open(ACME, "alertmanager:a").orElseThrow().withIncident(INCIDENT);
    AlertRecord second = open(ACME, "alertmanager:b").orElseThrow().withIncident(INCIDENT);
    open(ACME, "alertmanager:c");
    in(ACME, tx -> update(tx, second));
    in(ACME, tx -> update(tx, first));

    assertThat(alertsOf(ACME, INCIDENT)).containsExactly(first, second);
  }

  @Test
  void tenantsHoldTheSameKeyApartAndNeverSeeEachOthersAlerts() {
    AlertRecord acme = open(ACME, KEY).orElseThrow();
    Optional<AlertRecord> globex = open(GLOBEX, KEY);

    assertThat(globex).isPresent();
    assertThat(find(GLOBEX, acme.id())).isEmpty();
    assertThat(latest(GLOBEX, KEY)).contains(globex.get());
    assertThatThrownBy(() -> in(GLOBEX, tx -> update(tx, acme.closed(STARTS))))
        .isInstanceOf(RuntimeException.class);
    assertThat(find(ACME, acme.id())).contains(acme);
  }

  @Test
  void anUnknownKeyOrNumberIsNotFound() {
    assertThat(latest(ACME, KEY)).isEmpty();
    assertThat(find(ACME, 7)).isEmpty();
    assertThat(alertsOf(ACME, INCIDENT)).isEmpty();
  }

  private Optional<AlertRecord> open(Tenant tenant, String key) {
    return in(
        tenant,
        tx ->
            tx.alerts().open(AlertRecord.opened(key, AlertSamples.firing("fp", STARTS), DECLARED)));
  }

  private Optional<AlertRecord> openFirst(Tenant tenant, String key) {
    return in(
        tenant,
        tx ->
            tx.alerts()
                .openFirst(AlertRecord.opened(key, AlertSamples.firing("fp", STARTS), DECLARED)));
  }

  private Optional<AlertRecord> latest(Tenant tenant, String key) {
    return store.inTransaction(tenant, tx -> tx.alerts().latest(key));
  }

  private Optional<AlertGlance> glance(Tenant tenant, String key) {
    return store.reading(tenant, tx -> tx.alerts().glance(key));
  }

  private Optional<AlertRecord> find(Tenant tenant, long id) {
    return store.inTransaction(tenant, tx -> tx.alerts().find(id));
  }

  private java.util.List<AlertRecord> alertsOf(Tenant tenant, IncidentId incident) {
    return store.inTransaction(tenant, tx -> tx.alerts().of(incident));
  }

  private static Void update(TenantStore tx, AlertRecord record) {
    tx.alerts().update(record);
    return null;
  }

  private static Void insertIncident(TenantStore tx) {
    tx.incidents().insert(declared(tx.tenant(), INCIDENT, "C0INCIDENT", DECLARED));
    return null;
  }

  private <T> T in(Tenant tenant, Function<TenantStore, T> work) {
    return store.inTransaction(tenant, work);
  }
}
