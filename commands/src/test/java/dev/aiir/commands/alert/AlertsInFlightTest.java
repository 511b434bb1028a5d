package dev.aiir.commands.alert;

import static dev.aiir.commands.testing.AlertSamples.batch;
import static dev.aiir.commands.testing.AlertSamples.firing;
import static dev.aiir.commands.testing.AlertSamples.route;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.testing.AlertSamples;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second delivery of a new alert that comes while the first is being taken in waits for the
 * first's answer instead of writing; when the first fails, it takes the alert in itself.
 */
class AlertsInFlightTest {
  private static final String GROUP = "{}:{alertname=\"AssistantErrorRate\"}";
  private final Alert alert = firing("1a30ba71cca2921f", Instant.parse("2026-03-12T14:22:00Z"));
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final ExecutorService senders =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
          });

  @AfterEach
  void stop() {
    senders.shutdownNow();
  }

  /** The in-memory store, whose first write transaction waits for {@code release} to open. */
  private static final class FirstWriteHeld implements IncidentStore {
    final InMemoryIncidentStore memory = new InMemoryIncidentStore();
    final AtomicInteger writes = new AtomicInteger();
    final CountDownLatch firstWriting = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final boolean firstFails;

    FirstWriteHeld(boolean firstFails) {
      this.firstFails = firstFails;
    }

    @Override
    public <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
      if (writes.incrementAndGet() == 1) {
        firstWriting.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (firstFails) {
          throw new IllegalStateException("the store went away");
        }
      }
      return memory.inTransaction(tenant, work);
    }

    @Override
    public <T> T reading(Tenant tenant, Function<TenantStore, T> work) {
      return memory.reading(tenant, work);
    }
  }

  private BotFixture fixture(IncidentStore store) {
    AlertRoute declaring = route(TENANT, AlertRoute.Mode.DECLARE, false, false, Optional.empty());
    return new BotFixture(
        "2026-03-12T14:30:00Z",
        store,
        CoreSettings.defaults().withAlerts(AlertSamples.routing(declaring)));
  }

  /** Sends the alert twice: the second once the first is writing, and waits until it is parked. */
  private List<Future<IntakeReport>> twoDeliveries(BotFixture fixture, FirstWriteHeld store)
      throws InterruptedException {
    Future<IntakeReport> first = senders.submit(() -> fixture.bot.receive(batch(GROUP, alert)));
    assertThat(store.firstWriting.await(10, TimeUnit.SECONDS)).isTrue();
    Future<IntakeReport> second = senders.submit(() -> fixture.bot.receive(batch(GROUP, alert)));
    await()
        .atMost(10, TimeUnit.SECONDS)
        .until(() -> threads.size() == 2 && threads.get(1).getState() == Thread.State.WAITING);
    return List.of(first, second);
  }

  private static Result only(Future<IntakeReport> report) throws Exception {
    return report.get(10, TimeUnit.SECONDS).results().get(0);
  }

  @Test
  void aSecondDeliveryWhileTheFirstIsTakenInIsAnsweredWithItsIncidentAndWritesNothing()
      throws Exception {
    FirstWriteHeld store = new FirstWriteHeld(false);
    BotFixture fixture = fixture(store);

    List<Future<IntakeReport>> deliveries = twoDeliveries(fixture, store);
    store.release.countDown();

    Result first = only(deliveries.get(0));
    Result second = only(deliveries.get(1));
    assertThat(first.outcome()).isEqualTo(Outcome.DECLARED);
    assertThat(second.outcome()).isEqualTo(Outcome.REPEATED);
    assertThat(second.incident()).isEqualTo(first.incident());
    assertThat(store.writes).hasValue(1);
    List<?> open = store.memory.inTransaction(TENANT, tx -> tx.incidents().listOpen());
    assertThat(open).hasSize(1);
  }

  @Test
  void whenTheFirstDeliveryFailsTheSecondTakesTheAlertInItself() throws Exception {
    FirstWriteHeld store = new FirstWriteHeld(true);
    BotFixture fixture = fixture(store);

    List<Future<IntakeReport>> deliveries = twoDeliveries(fixture, store);
    store.release.countDown();

    assertThat(deliveries.get(0))
        .failsWithin(10, TimeUnit.SECONDS)
        .withThrowableThat()
        .withMessageContaining("the store went away");
    Result second = only(deliveries.get(1));
    assertThat(second.outcome()).isEqualTo(Outcome.DECLARED);
    assertThat(second.incident()).isPresent();
    assertThat(store.writes).hasValue(2);
  }
}
