package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.bot.slack.SlackWarmUp;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.testing.AlertSamples;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void theWarmUpSendsWhatItWasToldAndEveryCommandIsAnswered() {
    SlackWarmUp.Report report =
        WarmUp.run(CoreSettings.defaults(), Clock.systemUTC(), 20, () -> false);

    assertThat(report).isEqualTo(new SlackWarmUp.Report(21, 21));
  }

  @Test
  void aLongWarmUpMovesOnToFreshIncidentsAndEveryCommandIsStillAnswered() {
    SlackWarmUp.Report report =
        WarmUp.run(CoreSettings.defaults(), Clock.systemUTC(), 250, () -> false);

    assertThat(report).isEqualTo(new SlackWarmUp.Report(251, 251));
  }

  @Test
  void theAlertsPassAnswersEveryAlertItSends() {
    int answered =
        WarmUp.alerts(CoreSettings.defaults(), Clock.systemUTC(), 120, () -> false, () -> false);

    assertThat(answered).isEqualTo(120);
  }

  @Test
  void alertsAreWarmedUpOnlyWhenTheConfigurationRoutesThem() {
    AlertRoute route = AlertSamples.declaring(new Tenant(Platform.SLACK, "T1"));

    assertThat(WarmUp.takesAlerts(CoreSettings.defaults())).isFalse();
    assertThat(
            WarmUp.takesAlerts(
                CoreSettings.defaults()
                    .withAlerts(new AlertRouting(List.of(), Optional.of(route)))))
        .isTrue();
    assertThat(
            WarmUp.takesAlerts(
                CoreSettings.defaults()
                    .withAlerts(new AlertRouting(List.of(route), Optional.empty()))))
        .isTrue();
  }

  @Test
  void theWarmUpGivesWayWhenToldTo() {
    AtomicInteger asked = new AtomicInteger();

    SlackWarmUp.Report report =
        WarmUp.run(
            CoreSettings.defaults(), Clock.systemUTC(), 1_000, () -> asked.incrementAndGet() > 5);

    assertThat(report.sent()).isLessThan(1_000);
    assertThat(report.answered()).isEqualTo(report.sent());
  }

  @Test
  void theWarmUpWaitsWhileARealCommandIsBeingAnswered() {
    AtomicInteger asked = new AtomicInteger();

    SlackWarmUp.Report report =
        WarmUp.run(
            CoreSettings.defaults(),
            Clock.systemUTC(),
            3,
            () -> false,
            () -> asked.incrementAndGet() <= 10);

    assertThat(asked).as("asked again until the real command was answered").hasValueGreaterThan(10);
    assertThat(report).isEqualTo(new SlackWarmUp.Report(4, 4));
  }

  @Test
  void aCommandInFlightHoldsTheWarmUpBackUntilItIsAcknowledged() {
    BotMetrics metrics = new BotMetrics();
    var holdBack = WarmUp.whileAnswering(metrics);
    assertThat(holdBack.getAsBoolean()).isFalse();

    metrics.arrived("slack");
    assertThat(holdBack.getAsBoolean()).isTrue();

    metrics.acknowledgedSince("discord", System.nanoTime());
    assertThat(holdBack.getAsBoolean()).as("Discord's acknowledgements are its own").isTrue();

    metrics.acknowledgedSince("slack", System.nanoTime());
    assertThat(holdBack.getAsBoolean()).isFalse();
  }

  @Test
  void anAlertNotificationInFlightHoldsTheWarmUpBackUntilItIsAnswered() {
    BotMetrics metrics = new BotMetrics();
    var holdBack = WarmUp.whileAnswering(metrics);

    metrics.alertNotificationArrived();
    assertThat(holdBack.getAsBoolean()).isTrue();

    metrics.alertNotificationAnswered();
    assertThat(holdBack.getAsBoolean()).isFalse();
  }

  @Test
  void realCommandsAcknowledgedAfterItStartedStopTheWarmUp() {
    BotMetrics metrics = new BotMetrics();
    metrics.acknowledged("slack", Duration.ofMillis(3));
    var busy = WarmUp.untilBusy(metrics);

    for (int i = 0; i < WarmUp.REAL_COMMANDS - 1; i++) {
      metrics.acknowledged("slack", Duration.ofMillis(3));
    }
    metrics.acknowledged("discord", Duration.ofMillis(3));
    assertThat(busy.getAsBoolean()).isFalse();

    metrics.acknowledged("slack", Duration.ofMillis(3));
    assertThat(busy.getAsBoolean()).isTrue();
  }
}
