package dev.aiir.db;

import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.action;
import static dev.aiir.commands.port.StoreSamples.declared;
import static dev.aiir.commands.port.StoreSamples.note;
import static dev.aiir.commands.port.StoreSamples.pinned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.action.ActionItem;
import dev.aiir.commands.action.Priority;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.IncidentId;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.timeline.TimelineEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads writing at once, as commands from a busy workspace do: none fails, none collides.
 */
class ConcurrentWritesTest {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 50;

  @TempDir Path folder;
  private Database database;
  private IncidentStore store;
  private ExecutorService threads;

  @BeforeEach
  void open() {
    database = Database.open("jdbc:sqlite:" + folder.resolve("aiir.db"));
    store = database.incidents();
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    database.close();
  }

  @Test
  void concurrentDeclaresGetDistinctIdsWithoutErrors() throws Exception {
    List<IncidentId> ids =
        runTogether(thread -> declareMany(thread)).stream().flatMap(List::stream).toList();

    int total = THREADS * WRITES_PER_THREAD;
    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, total)
                .mapToObj(n -> IncidentId.of("AI-IR", 2026, n))
                .toList());
    assertThat(store.inTransaction(ACME, TenantStore::listOpen)).hasSize(total);
  }

  @Test
  void concurrentCommandsThatReadBeforeWritingAllSucceed() throws Exception {
    IncidentId id = insertOneIncident();

    runTogether(thread -> commandMany(id));

    int total = THREADS * WRITES_PER_THREAD;
    List<ActionItem> actions = store.inTransaction(ACME, tx -> tx.actions(id));
    assertThat(actions)
        .extracting(ActionItem::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
    List<TimelineEntry> timeline = store.inTransaction(ACME, tx -> tx.timeline(id));
    assertThat(timeline).hasSize(total);
  }

  @Test
  void aMessagePinnedFromManyThreadsAtOnceIsOneEntry() throws Exception {
    IncidentId id = insertOneIncident();

    List<Optional<TimelineEntry>> pins =
        runTogether(
            thread -> store.inTransaction(ACME, tx -> tx.appendOnce(id, pinned(DECLARED, "M1"))));

    assertThat(pins).filteredOn(Optional::isPresent).hasSize(1);
    List<TimelineEntry> timeline = store.inTransaction(ACME, tx -> tx.timeline(id));
    assertThat(timeline).hasSize(1);
  }

  private List<IncidentId> declareMany(int thread) {
    List<IncidentId> ids = new ArrayList<>();
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      String channel = "C" + thread + "-" + i;
      ids.add(store.inTransaction(ACME, tx -> declare(tx, channel)));
    }
    return ids;
  }

  /** Like a command in the incident's channel: find the incident first, then write. */
  private Void commandMany(IncidentId id) {
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      store.inTransaction(
          ACME,
          tx -> {
            Incident incident = tx.findByChannel("C0INCIDENT").orElseThrow();
            tx.append(id, note(DECLARED, "note on " + incident.id()));
            return tx.addAction(id, action(Priority.P1, "follow up", null));
          });
    }
    return null;
  }

  private IncidentId insertOneIncident() {
    IncidentId id = IncidentId.of("AI-IR", 2026, 1);
    return store.inTransaction(
        ACME,
        tx -> {
          tx.insert(declared(ACME, id, "C0INCIDENT", DECLARED));
          return id;
        });
  }

  private static IncidentId declare(TenantStore tx, String channel) {
    IncidentId id = tx.allocateId("AI-IR", 2026);
    tx.insert(declared(ACME, id, channel, DECLARED));
    tx.append(id, note(DECLARED, "Incident declared"));
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
}
