package dev.aiir.commands.alert;

import static dev.aiir.commands.testing.AlertSamples.ALERTS_CHANNEL;
import static dev.aiir.commands.testing.AlertSamples.batch;
import static dev.aiir.commands.testing.AlertSamples.firing;
import static dev.aiir.commands.testing.AlertSamples.resolved;
import static dev.aiir.commands.testing.AlertSamples.route;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.AlertSamples;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alerts open incidents, in the core, on the in-memory store and a hand-moved clock. */
class AlertIntakeTest {
  private static final Instant STARTED = Instant.parse("2026-03-12T14:22:00Z");
  private static final String GROUP =
      "{}/{service=\"assistant\"}:{alertname=\"AssistantErrorRate\"}";
  private final Alert alert = firing("1a30ba71cca2921f", STARTED);

  private static BotFixture fixture(AlertRoute route) {
    return fixture(CoreSettings.defaults().withAlerts(AlertSamples.routing(route)));
  }

  private static BotFixture fixture(CoreSettings settings) {
    return new BotFixture("2026-03-12T14:30:00Z", settings);
  }

  private static AlertRoute declaring() {
    return route(TENANT, AlertRoute.Mode.DECLARE, false, false, Optional.empty());
  }

  private static AlertRoute commandedBy(boolean autoResolve) {
    return route(TENANT, AlertRoute.Mode.DECLARE, false, autoResolve, Optional.of(MAYA));
  }

  private static List<Outcome> outcomes(IntakeReport report) {
    return report.results().stream().map(IntakeReport.Result::outcome).toList();
  }

  private static List<String> texts(List<TimelineEntry> timeline) {
    return timeline.stream().map(TimelineEntry::text).toList();
  }

  private static List<String> postsIn(BotFixture fixture, String channel) {
    fixture.dispatcher.deliverDue();
    return fixture.chat.posts().stream()
        .filter(p -> p.to().equals(channel))
        .map(Sent::text)
        .toList();
  }

  private static java.util.List<Incident> openIncidents(BotFixture fixture) {
    return fixture.store.inTransaction(TENANT, tx -> tx.incidents().listOpen());
  }

  @Test
  void aFiringAlertDeclaresAnIncidentDetectedWhenTheAlertStarted() {
    BotFixture fixture = fixture(declaring());

    IntakeReport report = fixture.bot.receive(batch(GROUP, alert));

    assertThat(outcomes(report)).containsExactly(Outcome.DECLARED);
    assertThat(report.incidents()).extracting(Object::toString).containsExactly("AI-IR-2026-001");
    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.title()).isEqualTo("Assistant error rate above 5%");
    assertThat(incident.severity()).isEqualTo(Severity.SEV1);
    assertThat(incident.detectedAt()).isEqualTo(STARTED);
    assertThat(incident.channelId()).isEqualTo(ALERTS_CHANNEL);
    assertThat(incident.commander()).isEmpty();
    List<TimelineEntry> timeline = fixture.timeline("AI-IR-2026-001");
    assertThat(texts(timeline))
        .containsExactly(
            "Monitoring alert triggered: Assistant error rate above 5% (Alertmanager)",
            "Incident declared by @Alertmanager (SEV-1)");
    assertThat(timeline.get(0).at()).isEqualTo(STARTED);
    assertThat(timeline.get(0).source()).isEqualTo(EntrySource.ALERT);
    assertThat(timeline.get(0).kind()).isEqualTo(EntryKind.ALERT);
    assertThat(postsIn(fixture, ALERTS_CHANNEL))
        .singleElement()
        .asString()
        .contains("Incident AI-IR-2026-001 declared: Assistant error rate above 5%")
        .contains("Commander: nobody yet (the first to `/incident ack` takes command)")
        .contains("Detected: 2026-03-12 14:22 UTC")
        .contains("Declared from an alert: Assistant error rate above 5% (Alertmanager)")
        .contains("source: http://prometheus.example.com:9090/graph?g0.expr=assistant_errors");
  }

  @Test
  void repeatsOfAFiringAlertAddNothing() {
    BotFixture fixture = fixture(declaring());
    fixture.bot.receive(batch(GROUP, alert));
    StoreSnapshot before = fixture.snapshot();

    fixture.clock.advance(Duration.ofMinutes(5));
    IntakeReport again = fixture.bot.receive(batch(GROUP, alert));
    IntakeReport andAgain = fixture.bot.receive(batch(GROUP, alert));

    assertThat(outcomes(again)).containsExactly(Outcome.REPEATED);
    assertThat(outcomes(andAgain)).containsExactly(Outcome.REPEATED);
    assertThat(again.incidents()).extracting(Object::toString).containsExactly("AI-IR-2026-001");
    assertThat(fixture.snapshot()).isEqualTo(before);
    assertThat(postsIn(fixture, ALERTS_CHANNEL)).hasSize(1);
  }

  @Test
  void aResolvedAlertAddsOneEntryAndAsksTheCommanderInsteadOfResolving() {
    BotFixture fixture = fixture(commandedBy(false));
    fixture.bot.receive(batch(GROUP, alert));
    Alert over = resolved(alert, Instant.parse("2026-03-12T14:41:00Z"));

    IntakeReport report = fixture.bot.receive(batch(GROUP, over));
    fixture.bot.receive(batch(GROUP, over));

    assertThat(outcomes(report)).containsExactly(Outcome.UPDATED);
    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.state()).isEqualTo(IncidentState.INVESTIGATING);
    List<TimelineEntry> timeline = fixture.timeline("AI-IR-2026-001");
    assertThat(texts(timeline))
        .containsExactly(
            "Monitoring alert triggered: Assistant error rate above 5% (Alertmanager)",
            "Incident declared by @Alertmanager (SEV-1)",
            "@maya is now commander",
            "Alert resolved: Assistant error rate above 5% (Alertmanager)");
    assertThat(timeline.get(3).at()).isEqualTo(Instant.parse("2026-03-12T14:41:00Z"));
    assertThat(postsIn(fixture, ALERTS_CHANNEL))
        .hasSize(2)
        .last()
        .isEqualTo(
            "AI-IR-2026-001: @maya, the alert Assistant error rate above 5% (Alertmanager)"
                + " resolved at 14:41 UTC. If the incident is over, resolve it with"
                + " `/incident resolve --id AI-IR-2026-001`; the alert does not resolve it by"
                + " itself.");
  }

  @Test
  void anAlertFiringAgainAddsOneEntryToTheSameIncident() {
    BotFixture fixture = fixture(commandedBy(false));
    fixture.bot.receive(batch(GROUP, alert));
    fixture.bot.receive(batch(GROUP, resolved(alert, Instant.parse("2026-03-12T14:41:00Z"))));
    Alert again = firing(alert.fingerprint(), Instant.parse("2026-03-12T14:52:00Z"));
    fixture.clock.advance(Duration.ofMinutes(25));

    IntakeReport report = fixture.bot.receive(batch(GROUP, again));
    fixture.bot.receive(batch(GROUP, again));

    assertThat(outcomes(report)).containsExactly(Outcome.UPDATED);
    assertThat(report.incidents()).extracting(Object::toString).containsExactly("AI-IR-2026-001");
    assertThat(texts(fixture.timeline("AI-IR-2026-001")))
        .endsWith(
            "Alert resolved: Assistant error rate above 5% (Alertmanager)",
            "Alert firing again: Assistant error rate above 5% (Alertmanager)");
    assertThat(openIncidents(fixture)).hasSize(1);
    assertThat(postsIn(fixture, ALERTS_CHANNEL))
        .last()
        .isEqualTo(
            "AI-IR-2026-001: the alert Assistant error rate above 5% (Alertmanager) is firing"
                + " again since 14:52 UTC.");
  }

  @Test
  void aRouteWithAutoResolveResolvesTheIncidentWhenItsAlertResolves() {
    BotFixture fixture = fixture(commandedBy(true));
    fixture.bot.receive(batch(GROUP, alert));
    fixture.clock.advance(Duration.ofMinutes(11));

    fixture.bot.receive(batch(GROUP, resolved(alert, Instant.parse("2026-03-12T14:41:00Z"))));

    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
    assertThat(incident.resolvedAt()).isEqualTo(Instant.parse("2026-03-12T14:41:00Z"));
    assertThat(incident.pirDueAt()).isEqualTo(Instant.parse("2026-03-15T14:41:00Z"));
    assertThat(texts(fixture.timeline("AI-IR-2026-001")))
        .endsWith(
            "Alert resolved: Assistant error rate above 5% (Alertmanager)",
            "Incident resolved: the alert Assistant error rate above 5% resolved (auto_resolve)");
    assertThat(postsIn(fixture, ALERTS_CHANNEL))
        .last()
        .asString()
        .startsWith("AI-IR-2026-001 resolved after 19 minutes (detection to resolution).");
  }

  @Test
  void anIncidentPeopleResolvedIsNotReopenedByItsAlertStillFiringButALaterFiringOpensANewOne() {
    BotFixture fixture = fixture(commandedBy(false));
    fixture.bot.receive(batch(GROUP, alert));
    fixture.clock.advance(Duration.ofMinutes(10));
    fixture.as(MAYA, "resolve --id AI-IR-2026-001 rolled back");

    IntakeReport stillFiring = fixture.bot.receive(batch(GROUP, alert));
    fixture.clock.advance(Duration.ofMinutes(30));
    Alert later = firing(alert.fingerprint(), Instant.parse("2026-03-12T15:05:00Z"));
    IntakeReport firingLater = fixture.bot.receive(batch(GROUP, later));

    assertThat(outcomes(stillFiring)).containsExactly(Outcome.REPEATED);
    assertThat(outcomes(firingLater)).containsExactly(Outcome.DECLARED);
    assertThat(firingLater.incidents())
        .extracting(Object::toString)
        .containsExactly("AI-IR-2026-002");
    assertThat(fixture.incident("AI-IR-2026-002").detectedAt())
        .isEqualTo(Instant.parse("2026-03-12T15:05:00Z"));
  }

  @Test
  void alertsAlertmanagerLeftOutAreSaidOnceOnTheTimeline() {
    BotFixture fixture = fixture(declaring());
    AlertBatch truncated =
        new AlertBatch(
            alert.source(), GROUP, List.of(alert), 3, "http://alertmanager.example.com:9093");

    fixture.bot.receive(truncated);
    fixture.bot.receive(truncated);

    assertThat(texts(fixture.timeline("AI-IR-2026-001")))
        .containsOnlyOnce(
            "Alertmanager left 3 alerts of this group out of its notification (truncatedAlerts);"
                + " see them at http://alertmanager.example.com:9093");
  }

  @Test
  void anAlertNoRouteMatchesCreatesNothingUnlessThereIsADefaultRoute() {
    Alert elsewhere = AlertSamples.withLabels(alert, Map.of("service", "billing"));
    BotFixture unrouted = fixture(declaring());
    StoreSnapshot before = unrouted.snapshot();

    IntakeReport report = unrouted.bot.receive(batch(GROUP, elsewhere));

    assertThat(report.nothingRouted()).isTrue();
    assertThat(unrouted.snapshot()).isEqualTo(before);
    AlertRoute fallback =
        new AlertRoute(
            "default",
            List.of(),
            TENANT,
            "C0TRIAGE",
            AlertRoute.Mode.DECLARE,
            dev.aiir.commands.model.SeverityMap.standard(),
            false,
            false,
            Optional.empty());
    BotFixture withDefault =
        fixture(
            CoreSettings.defaults()
                .withAlerts(
                    new dev.aiir.commands.model.AlertRouting(
                        List.of(declaring()), Optional.of(fallback))));

    IntakeReport routed = withDefault.bot.receive(batch(GROUP, elsewhere));

    assertThat(outcomes(routed)).containsExactly(Outcome.DECLARED);
    assertThat(withDefault.incident("AI-IR-2026-001").channelId()).isEqualTo("C0TRIAGE");
  }

  @Test
  void aGroupingRouteOpensOneIncidentForTheWholeGroup() {
    BotFixture fixture =
        fixture(route(TENANT, AlertRoute.Mode.DECLARE, true, false, Optional.empty()));
    Alert other =
        AlertSamples.withLabels(
            firing("77e1b2c3d4e5f601", STARTED.minusSeconds(60)),
            Map.of(
                "alertname", "AssistantErrorRate",
                "service", "assistant",
                "severity", "critical",
                "team", "ml-serving",
                "region", "eu-west-1"));

    IntakeReport report = fixture.bot.receive(batch(GROUP, alert, other));
    fixture.bot.receive(batch(GROUP, other));

    assertThat(outcomes(report)).containsExactly(Outcome.DECLARED);
    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.title()).isEqualTo("Assistant error rate above 5% (2 alerts)");
    assertThat(incident.detectedAt()).isEqualTo(STARTED.minusSeconds(60));
    assertThat(openIncidents(fixture)).hasSize(1);
    assertThat(
            fixture.store.inTransaction(TENANT, tx -> tx.alerts().of(incident.id())).get(0).key())
        .isEqualTo("alertmanager:group:" + GROUP);
  }

  @Test
  void aSev1AlertTellsTheManagersAsATypedDeclareDoes() {
    BotFixture fixture =
        fixture(
            CoreSettings.defaults()
                .withAlerts(AlertSamples.routing(declaring()))
                .withManagers(
                    new ManagerDirectory(
                        new Managers(Optional.of("C0MANAGERS"), List.of()), Map.of())));

    fixture.bot.receive(batch(GROUP, alert));

    assertThat(postsIn(fixture, "C0MANAGERS")).singleElement().asString().contains("SEV-1");
  }

  @Test
  void withIncidentChannelsOnAnAlertsIncidentGetsItsOwnChannelAndTheRouteCommanderIsAskedIn() {
    BotFixture fixture =
        fixture(
            CoreSettings.defaults()
                .withAlerts(AlertSamples.routing(commandedBy(false)))
                .withIncidentChannels(true));

    fixture.bot.receive(batch(GROUP, alert));

    assertThat(fixture.chat.channels())
        .singleElement()
        .satisfies(c -> assertThat(c.name()).startsWith("inc-2026-001-assistant-error-rate"));
    String channel = fixture.chat.channels().get(0).id();
    assertThat(fixture.incident("AI-IR-2026-001").channelId()).isEqualTo(channel);
    assertThat(fixture.chat.invites()).extracting(Sent::text).containsExactly(MAYA.id());
    assertThat(postsIn(fixture, channel))
        .singleElement()
        .asString()
        .contains("Incident AI-IR-2026-001 declared");
    assertThat(postsIn(fixture, ALERTS_CHANNEL))
        .last()
        .asString()
        .startsWith("AI-IR-2026-001: incident channel #inc-2026-001-assistant-error-rate");
  }

  @Test
  void theFirstToAcknowledgeAnIncidentNobodyCommandsTakesCommand() {
    BotFixture fixture = fixture(declaring());
    fixture.bot.receive(batch(GROUP, alert));

    String reply = fixture.as(BotFixture.SAM, "ack --id AI-IR-2026-001").plainText();
    fixture.as(BotFixture.LEE, "ack --id AI-IR-2026-001");

    assertThat(reply)
        .isEqualTo(
            "AI-IR-2026-001: On-call engineer confirmed (@sam)\n"
                + "@sam is now commander (acknowledged an incident nobody commanded).");
    assertThat(fixture.incident("AI-IR-2026-001").commander()).contains(BotFixture.SAM);
  }

  @Test
  void statusAndTheReviewShowTheAlertItsLabelsAndItsSource() {
    BotFixture fixture = fixture(declaring());
    fixture.bot.receive(batch(GROUP, alert));

    String status = fixture.as(MAYA, "status --id AI-IR-2026-001").plainText();
    String draft = fixture.as(MAYA, "pir draft --id AI-IR-2026-001").plainText();

    assertThat(status)
        .contains("Alert: Assistant error rate above 5% (Alertmanager, firing since 14:22 UTC)")
        .contains(
            "Labels: alertname=AssistantErrorRate, service=assistant, severity=critical,"
                + " team=ml-serving")
        .contains("Source: http://prometheus.example.com:9090/graph?g0.expr=assistant_errors");
    assertThat(draft)
        .contains("- Duration: 8 minutes so far")
        .contains("- Detected: 2026-03-12 14:22 UTC")
        .contains("- Alert: Assistant error rate above 5% (Alertmanager, firing since 14:22 UTC)")
        .contains("## Alerts\n- Assistant error rate above 5% (Alertmanager), firing since")
        .contains("  - runbook_url: https://runbooks.example.com/assistant-errors")
        .contains(
            "## Timeline\n- 14:22 UTC - Monitoring alert triggered: Assistant error rate above 5%"
                + " (Alertmanager)")
        .contains("## Participants\n- TODO: name the responders")
        .doesNotContain("- @Alertmanager");
  }
}
