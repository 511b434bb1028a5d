package dev.aiir.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.config.Secret;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.testing.AlertSamples;
import dev.aiir.commands.testing.RecordingTimers;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AlertWarmUpTest {
  @Test
  void theFirstHalfOfTheNotificationsDeclaresAndTheSecondHalfRepeatsThem() {
    int requests = 4_000;
    Set<Integer> firstHalf = new HashSet<>();
    for (int n = 0; n < requests / 2; n++) {
      assertThat(firstHalf.add(AlertWarmUp.fingerprint(n, requests)))
          .as("notification %d is a new alert", n)
          .isTrue();
    }
    for (int n = requests / 2; n < requests; n++) {
      assertThat(firstHalf).contains(AlertWarmUp.fingerprint(n, requests));
    }
    assertThat(AlertWarmUp.fingerprint(0, 1)).isZero();
  }

  @Test
  void aNotificationCountsAsInFlightWhileItIsAnsweredEvenWhenTheIntakeFails() {
    BotMetrics metrics = new BotMetrics();
    AtomicLong seenInFlight = new AtomicLong(-1);
    IncidentStore store = mock(IncidentStore.class);
    when(store.reading(any(), any()))
        .thenAnswer(
            call -> {
              seenInFlight.set(metrics.alertNotificationsInFlight());
              throw new IllegalStateException("the store is down");
            });
    AlertEndpoint endpoint =
        new AlertEndpoint(
            AlertSourceSettings.bearer(AlertSource.ALERTMANAGER, new Secret("t0ken", "the test")),
            new IncidentBot(
                new Core(
                    store,
                    new RecordingTimers(),
                    new ChatPlatforms(),
                    Clock.systemUTC(),
                    routed())),
            metrics,
            Clock.systemUTC());
    HttpCall call =
        new HttpCall(
            "POST",
            AlertEndpoints.path(AlertSource.ALERTMANAGER),
            Map.of(),
            Map.of("authorization", List.of("Bearer t0ken")),
            AlertWarmUp.notification(1),
            "127.0.0.1");

    assertThatThrownBy(() -> endpoint.answer(call)).hasMessageContaining("the store is down");

    assertThat(seenInFlight).as("in flight while it was taken in").hasValue(1);
    assertThat(metrics.alertNotificationsInFlight()).isZero();
  }

  private static CoreSettings routed() {
    AlertRoute route = AlertSamples.declaring(new Tenant(Platform.SLACK, "T1"));
    return CoreSettings.defaults().withAlerts(new AlertRouting(List.of(), Optional.of(route)));
  }
}
