package dev.aiir.commands.alert;

import static dev.aiir.commands.testing.AlertSamples.ALERTS_CHANNEL;
import static dev.aiir.commands.testing.AlertSamples.batch;
import static dev.aiir.commands.testing.AlertSamples.firing;
import static dev.aiir.commands.testing.AlertSamples.resolved;
import static dev.aiir.commands.testing.AlertSamples.route;
import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.AlertSamples;
import dev.aiir.commands.testing.BotFixture;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A route that offers: the alert is posted with a Declare button, and a person decides. */
class AlertOfferTest {
  private static final Instant STARTED = Instant.parse("2026-03-12T14:22:00Z");
  private static final String GROUP = "{}:{alertname=\"AssistantErrorRate\"}";
  private final Alert alert = firing("1a30ba71cca2921f", STARTED);
  private final BotFixture fixture =
      new BotFixture(
          "2026-03-12T14:30:00Z",
          CoreSettings.defaults()
              .withAlerts(
                  AlertSamples.routing(
                      route(TENANT, AlertRoute.Mode.OFFER, false, false, Optional.empty()))));

  private Message offered() {
    fixture.dispatcher.deliverDue();
    return fixture.chat.messages().stream()
        .filter(m -> !m.choices().isEmpty())
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no offer posted"));
  }

  private Pressed press(dev.aiir.commands.chat.UserRef who, Message offer) {
    Choice declare = offer.choices().get(0);
    ChoiceStep step =
        fixture.bot.press(new CommandContext(TENANT, who, ALERTS_CHANNEL, false), declare.id());
    return ((ChoiceStep.Answer) step).pressed();
  }

  private static java.util.List<Incident> openIncidents(BotFixture fixture) {
    return fixture.store.inTransaction(TENANT, tx -> tx.incidents().listOpen());
  }

  @Test
  void anOfferedAlertIsPostedWithADeclareButtonAndDeclaresNothingByItself() {
    IntakeReport report = fixture.bot.receive(batch(GROUP, alert));
    fixture.bot.receive(batch(GROUP, alert));

    assertThat(report.results())
        .extracting(IntakeReport.Result::outcome)
        .containsExactly(Outcome.OFFERED);
    Message offer = offered();
    assertThat(offer.plainText())
        .startsWith("Alertmanager alert: Assistant error rate above 5%")
        .contains("Severity: SEV-1 if declared")
        .contains("Firing since: 2026-03-12 14:22 UTC")
        .contains("Whoever presses Declare becomes its commander.");
    assertThat(offer.choices()).extracting(Choice::label).containsExactly("Declare");
    assertThat(fixture.chat.messages().stream().filter(m -> !m.choices().isEmpty())).hasSize(1);
    assertThat(openIncidents(fixture)).isEmpty();
  }

  @Test
  void pressingDeclareDeclaresOnceWithThePresserAsCommanderAndTheAlertsStartAsDetection() {
    fixture.bot.receive(batch(GROUP, alert));
    Message offer = offered();

    Pressed first = press(SAM, offer);
    Pressed second = press(LEE, offer);

    assertThat(first.reply().refused()).isFalse();
    assertThat(first.reply().plainText())
        .contains("Incident AI-IR-2026-001 declared: Assistant error rate above 5%")
        .contains("Commander: @sam");
    assertThat(first.record())
        .hasValueSatisfying(r -> assertThat(r).startsWith("Declared by @sam"));
    assertThat(first.settles()).isTrue();
    Incident incident = fixture.incident("AI-IR-2026-001");
    assertThat(incident.commander()).contains(SAM);
    assertThat(incident.detectedAt()).isEqualTo(STARTED);
    assertThat(incident.channelId()).isEqualTo(ALERTS_CHANNEL);
    assertThat(fixture.timeline("AI-IR-2026-001"))
        .extracting(TimelineEntry::text)
        .containsExactly(
            "Monitoring alert triggered: Assistant error rate above 5% (Alertmanager)",
            "Incident declared by @sam (SEV-1)");
    assertThat(second.reply().refused()).isTrue();
    assertThat(second.reply().plainText())
        .isEqualTo(
            "An incident was already declared from this alert: AI-IR-2026-001."
                + " `/incident status --id AI-IR-2026-001` shows it.");
  }

  @Test
  void anOfferWhoseAlertResolvedSaysSoAndItsButtonNoLongerDeclares() {
    fixture.bot.receive(batch(GROUP, alert));
    Message offer = offered();

    IntakeReport report =
        fixture.bot.receive(batch(GROUP, resolved(alert, Instant.parse("2026-03-12T14:27:00Z"))));
    Pressed pressed = press(SAM, offer);
    fixture.dispatcher.deliverDue();

    assertThat(report.results())
        .extracting(IntakeReport.Result::outcome)
        .containsExactly(Outcome.UPDATED);
    assertThat(fixture.chat.posts())
        .extracting(p -> p.text())
        .contains(
            "The alert Assistant error rate above 5% (Alertmanager) resolved at 14:27 UTC before"
                + " anyone declared an incident from it.");
    assertThat(pressed.reply().refused()).isTrue();
    assertThat(pressed.reply().plainText()).startsWith("This alert resolved at 14:27 UTC");
    assertThat(openIncidents(fixture)).isEmpty();
  }

  @Test
  void theAlertFiringAgainAfterItsOfferResolvedIsOfferedAnew() {
    fixture.bot.receive(batch(GROUP, alert));
    fixture.bot.receive(batch(GROUP, resolved(alert, Instant.parse("2026-03-12T14:27:00Z"))));

    IntakeReport again =
        fixture.bot.receive(batch(GROUP, firing(alert.fingerprint(), STARTED.plusSeconds(600))));

    assertThat(again.results())
        .extracting(IntakeReport.Result::outcome)
        .containsExactly(Outcome.OFFERED);
  }
}
