package dev.aiir.db;

import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.action;
import static dev.aiir.commands.port.StoreSamples.declared;
import static dev.aiir.commands.port.StoreSamples.note;
import static dev.aiir.commands.port.StoreSamples.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.alert.IntakeReport;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.Delivery;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.testing.AlertSamples;
import dev.aiir.commands.testing.RecordingTimers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads writing at once, as commands from a busy workspace do: none fails, none collides, no
 * update is lost. Where the database allows it the threads are spread over several replicas (a
 * store each, one database behind them).
 */
abstract class ConcurrentWritesContract {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 50;

  private List<Database> replicas;
  private ExecutorService threads;

  /** The replicas to write through, all on one new, empty database. */
  protected abstract List<Database> openReplicas();

  @BeforeEach
  void open() {
    replicas = openReplicas();
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    replicas.forEach(Database::close);
  }

  @Test
  void concurrentDeclaresGetDistinctIdsWithoutErrors() throws Exception {
    List<IncidentId> ids =
        runTogether(thread -> declareMany(thread, false)).stream().flatMap(List::stream).toList();

    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(numbered(total()));
    List<Incident> open = store(0).inTransaction(ACME, tx -> tx.incidents().listOpen());
    assertThat(open).hasSize(total());
  }

  @Test
  void declaresThatFailConcurrentlyGiveTheirNumbersBackAndLeaveNoDuplicate() throws Exception {
    List<IncidentId> ids =
        runTogether(thread -> declareMany(thread, true)).stream().flatMap(List::stream).toList();

    // Every third declaration of a thread fails after taking its number, and its rollback
    // returns the number to the counter: the ones that succeeded are numbered without a hole.
    assertThat(ids).hasSize(THREADS * (WRITES_PER_THREAD - WRITES_PER_THREAD / 3));
    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(numbered(ids.size()));
  }

  @Test
  void concurrentCommandsThatReadBeforeWritingAllSucceed() throws Exception {
    IncidentId id = insertOneIncident();

    runTogether(thread -> commandMany(thread, id));

    List<ActionItem> actions = store(0).inTransaction(ACME, tx -> tx.actions().of(id));
    assertThat(actions)
        .extracting(ActionItem::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, total()).boxed().toList());
    List<TimelineEntry> timeline = store(0).inTransaction(ACME, tx -> tx.timeline().of(id));
    assertThat(timeline).hasSize(total());
  }

  @Test
  void concurrentChangesToOneIncidentLoseNoUpdate() throws Exception {
    IncidentId id = insertOneIncident();

    runTogether(thread -> appendToImpactMany(thread, id));

    String impact =
        store(0).inTransaction(ACME, tx -> tx.incidents().find(id)).orElseThrow().impact();
    assertThat(Arrays.stream(impact.split(" ")).filter(word -> !word.isEmpty()))
        .hasSize(total())
        .doesNotHaveDuplicates();
  }

  @Test
  void aMessagePinnedFromManyThreadsAtOnceIsOneEntry() throws Exception {
    IncidentId id = insertOneIncident();

    List<Optional<TimelineEntry>> pins =
        runTogether(
            thread ->
                store(thread)
                    .inTransaction(
                        ACME, tx -> tx.timeline().appendOnce(id, pinned(DECLARED, "M1"))));

    assertThat(pins).filteredOn(Optional::isPresent).hasSize(1);
    List<TimelineEntry> timeline = store(0).inTransaction(ACME, tx -> tx.timeline().of(id));
    assertThat(timeline).hasSize(1);
  }

  @Test
  void concurrentClaimsNeverTakeOneDeliveryTwice() throws Exception {
    insertOneIncident();
    store(0)
        .inTransaction(
            ACME,
            tx -> {
              for (int i = 0; i < total(); i++) {
                tx.outbox().enqueue("notice-" + i, notice(i), DECLARED);
              }
              return null;
            });

    List<Long> claimed =
        runTogether(thread -> claimAll(thread)).stream().flatMap(List::stream).toList();

    assertThat(claimed).hasSize(total()).doesNotHaveDuplicates();
  }

  @Test
  void oneAlertSentToEveryReplicaAtOnceOpensOneIncident() throws Exception {
    Alert alert = AlertSamples.firing("1a30ba71cca2921f", DECLARED.minusSeconds(300));
    List<IncidentBot> bots = alertBots();

    List<IntakeReport> reports =
        runTogether(thread -> bots.get(thread % bots.size()).receive(batch(alert)));

    assertThat(reports)
        .flatExtracting(IntakeReport::results)
        .extracting(IntakeReport.Result::outcome)
        .containsOnlyOnce(IntakeReport.Outcome.DECLARED)
        .containsOnly(IntakeReport.Outcome.DECLARED, IntakeReport.Outcome.REPEATED);
    List<Incident> open = store(0).inTransaction(ACME, tx -> tx.incidents().listOpen());
    assertThat(open).hasSize(1);
    assertThat(open.get(0).detectedAt()).isEqualTo(alert.startsAt());
    List<TimelineEntry> timeline =
        store(0).inTransaction(ACME, tx -> tx.timeline().of(open.get(0).id()));
    assertThat(timeline)
        .extracting(TimelineEntry::kind)
        .containsExactly(EntryKind.ALERT, EntryKind.DECLARED);
  }

  @Test
  void aResolutionSentToEveryReplicaAtOnceIsRecordedOnce() throws Exception {
    Alert alert = AlertSamples.firing("1a30ba71cca2921f", DECLARED.minusSeconds(300));
    List<IncidentBot> bots = alertBots();
    bots.get(0).receive(batch(alert));
    Alert resolved = AlertSamples.resolved(alert, DECLARED.plusSeconds(600));

    runTogether(thread -> bots.get(thread % bots.size()).receive(batch(resolved)));

    Incident incident = store(0).inTransaction(ACME, tx -> tx.incidents().listOpen()).get(0);
    List<TimelineEntry> timeline =
        store(0).inTransaction(ACME, tx -> tx.timeline().of(incident.id()));
    assertThat(timeline)
        .extracting(TimelineEntry::kind)
        .containsExactly(EntryKind.ALERT, EntryKind.DECLARED, EntryKind.SYSTEM);
  }

  /** The core on each replica's store, with alerts routed to ACME, as each replica runs it. */
  private List<IncidentBot> alertBots() {
    CoreSettings settings =
        CoreSettings.defaults().withAlerts(AlertSamples.routing(AlertSamples.declaring(ACME)));
    Clock clock = Clock.fixed(DECLARED, ZoneOffset.UTC);
    return replicas.stream()
        .map(
            replica ->
                new IncidentBot(
                    new Core(
                        replica.incidents(),
                        new RecordingTimers(),
                        new ChatPlatforms(),
                        clock,
                        settings)))
        .toList();
  }

  private static AlertBatch batch(Alert alert) {
    return AlertSamples.batch("{}:{alertname=\"AssistantErrorRate\"}", alert);
  }

  /** Claims small batches until none is left, as each replica's dispatcher does. */
  @Test
  void aReadingTransactionRefusesToWrite() {
    IncidentId id = insertOneIncident();

    assertThatThrownBy(
            () ->
                store(0)
                    .reading(ACME, tx -> tx.timeline().append(id, note(DECLARED, "never written"))))
        .isInstanceOf(RuntimeException.class);
    List<TimelineEntry> timeline = store(0).inTransaction(ACME, tx -> tx.timeline().of(id));
    assertThat(timeline).isEmpty();
  }

  /**
   * Reconciliation reads for seconds on a large store: commands go on being committed meanwhile.
   */
  @Test
  void aLongReadingTransactionHoldsBackNoWriter() throws Exception {
    IncidentId id = insertOneIncident();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    Future<List<TimelineEntry>> reader =
        threads.submit(
            () ->
                store(0)
                    .reading(
                        ACME,
                        tx -> {
                          List<TimelineEntry> before = tx.timeline().of(id);
                          reading.countDown();
                          awaitQuietly(written);
                          return before;
                        }));
    reading.await();

    Future<?> writer =
        threads.submit(
            () ->
                store(0).inTransaction(ACME, tx -> tx.timeline().append(id, note(DECLARED, "w"))));
    writer.get(5, TimeUnit.SECONDS);
    written.countDown();

    assertThat(reader.get(5, TimeUnit.SECONDS)).isEmpty();
    List<TimelineEntry> timeline = store(0).inTransaction(ACME, tx -> tx.timeline().of(id));
    assertThat(timeline).hasSize(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<Long> claimAll(int thread) {
    DeliveryQueue queue = replicas.get(thread % replicas.size()).deliveries();
    List<Long> ids = new ArrayList<>();
    List<Delivery> batch;
    do {
      batch = queue.claimDue(DECLARED.plusSeconds(1), Set.of(Platform.SLACK), 5);
      batch.forEach(delivery -> ids.add(delivery.id()));
    } while (!batch.isEmpty());
    return ids;
  }

  private static Notice notice(int number) {
    return new Notice(Recipient.channel("C0INCIDENT"), Message.text("reminder " + number));
  }

  private IncidentStore store(int thread) {
    return replicas.get(thread % replicas.size()).incidents();
  }

  private static int total() {
    return THREADS * WRITES_PER_THREAD;
  }

  private static List<IncidentId> numbered(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> IncidentId.of("AI-IR", 2026, n)).toList();
  }

  private List<IncidentId> declareMany(int thread, boolean everyThirdFails) {
    List<IncidentId> ids = new ArrayList<>();
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      String channel = "C" + thread + "-" + i;
      boolean fails = everyThirdFails && i % 3 == 2;
      try {
        ids.add(store(thread).inTransaction(ACME, tx -> declare(tx, channel, fails)));
      } catch (DeclarationFailed expected) {
        // the transaction was rolled back, its number with it
      }
    }
    return ids;
  }

  /** Like a command in the incident's channel: find the incident first, then write. */
  private Void commandMany(int thread, IncidentId id) {
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      store(thread)
          .inTransaction(
              ACME,
              tx -> {
                Incident incident = tx.incidents().findByChannel("C0INCIDENT").orElseThrow();
                tx.timeline().append(id, note(DECLARED, "note on " + incident.id()));
                return tx.actions().add(id, action(Priority.P1, "follow up", null));
              });
    }
    return null;
  }

  /** A read-modify-write of the incident's record, as {@code impact} or {@code sev} make. */
  private Void appendToImpactMany(int thread, IncidentId id) {
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      String word = thread + "-" + i;
      store(thread)
          .inTransaction(
              ACME,
              tx -> {
                Incident incident = tx.incidents().find(id).orElseThrow();
                String impact = incident.impact() == null ? "" : incident.impact();
                tx.incidents().update(incident.toBuilder().impact(impact + " " + word).build());
                return null;
              });
    }
    return null;
  }

  private IncidentId insertOneIncident() {
    IncidentId id = IncidentId.of("AI-IR", 2026, 1);
    return store(0)
        .inTransaction(
            ACME,
            tx -> {
              tx.incidents().insert(declared(ACME, id, "C0INCIDENT", DECLARED));
              return id;
            });
  }

  private static IncidentId declare(TenantStore tx, String channel, boolean fails) {
    IncidentId id = tx.incidents().allocateId("AI-IR", 2026);
    tx.incidents().insert(declared(ACME, id, channel, DECLARED));
    tx.timeline().append(id, note(DECLARED, "Incident declared"));
    if (fails) {
      throw new DeclarationFailed();
    }
    return id;
  }

  /** Starts the work on every thread at the same moment and returns each thread's result. */
  private <T> List<T> runTogether(ThreadWork<T> work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> results = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      int number = thread;
      Callable<T> task =
          () -> {
            start.await();
            return work.run(number);
          };
      results.add(threads.submit(task));
    }
    start.countDown();
    List<T> values = new ArrayList<>();
    for (Future<T> result : results) {
      values.add(result.get());
    }
    return values;
  }

  private interface ThreadWork<T> {
    T run(int thread);
  }

  private static final class DeclarationFailed extends RuntimeException {
    DeclarationFailed() {
      super("the handler failed after taking a number", null, false, false);
    }
  }
}
