package dev.aiir.scheduler;

import static dev.aiir.scheduler.TimersOnSqlite.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.RecordingChat;
import dev.aiir.commands.testing.RecordingChat.Sent;
import dev.aiir.db.PostgresServer;
import dev.aiir.scheduler.TimersOnSqlite.Recorder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two replicas on one PostgreSQL database, each with its own clustered scheduler: declares on both
 * at once get distinct ids, and timers scheduled on either fire exactly once across the two, their
 * reminders sent once.
 */
class ClusteredTimersTest {
  @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();
  private static final Logger LOG = LoggerFactory.getLogger(ClusteredTimersTest.class);
  private static final int TIMERS = 1_000;
  private static final Duration BOUND = Duration.ofSeconds(90);
  private static final Pattern DECLARED = Pattern.compile("Incident (AI-IR-\\d{4}-\\d+) declared");

  private final List<Recorder> recorders = List.of(new Recorder(), new Recorder());
  private final List<RecordingChat> chats = List.of(new RecordingChat(), new RecordingChat());
  private final List<TimersOnPostgres> replicas = new ArrayList<>();

  @BeforeEach
  void openTwoReplicas() {
    String url = POSTGRES.newDatabase();
    for (int i = 0; i < 2; i++) {
      replicas.add(new TimersOnPostgres(url, recorders.get(i), chats.get(i)));
    }
  }

  @AfterEach
  void closeThem() {
    replicas.forEach(TimersOnPostgres::close);
  }

  @Test
  void theSchedulersPoolOpensWithTwoConnectionsAndKeepsAllOnceFilled() {
    QuartzTimers quartz = replicas.get(0).quartz;
    assertThat(quartz.connectionsKept()).isEqualTo(2);

    quartz.fillPool();

    assertThat(quartz.connectionsKept()).isEqualTo(JobStoreSettings.THREADS + 2);
  }

  @Test
  void declaresOnBothReplicasAtOnceGetDistinctIds() {
    List<String> ids = onBoth(replica -> declareMany(replica, 25));

    assertThat(ids)
        .hasSize(50)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 50).mapToObj(n -> "AI-IR-2026-%03d".formatted(n)).toList());
  }

  @Test
  void aThousandTimersFireExactlyOnceAcrossBothReplicas() {
    Instant due = replicas.get(0).core.now().plusSeconds(5);
    onBoth(replica -> scheduleHalf(replica, due));
    replicas.forEach(TimersOnPostgres::start);

    await().atMost(BOUND).until(() -> firings().count() >= TIMERS);
    await().atMost(BOUND).until(() -> sent().size() >= TIMERS);

    assertThat(firings().distinct().count()).isEqualTo(TIMERS);
    assertThat(firings().count()).isEqualTo(TIMERS);
    assertThat(sent()).hasSize(TIMERS).doesNotHaveDuplicates();
    assertThat(replicas.get(0).quartz.pending()).isZero();
    LOG.info(
        "fired by each replica: {} and {}",
        recorders.get(0).all().size(),
        recorders.get(1).all().size());
  }

  /** Runs {@code work} on both replicas at once and returns what both returned, in one list. */
  private <T> List<T> onBoth(Function<TimersOnPostgres, List<T>> work) {
    List<CompletableFuture<List<T>>> running =
        replicas.stream().map(r -> CompletableFuture.supplyAsync(() -> work.apply(r))).toList();
    return running.stream().flatMap(future -> future.join().stream()).toList();
  }

  private static List<String> declareMany(TimersOnPostgres replica, int count) {
    CommandContext maya =
        new CommandContext(TimersOnSqlite.TENANT, new UserRef("maya", "maya"), "C1", true);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String reply = replica.bot.execute(maya, "declare drift " + i).plainText();
      Matcher m = DECLARED.matcher(reply);
      assertThat(m.find()).as(reply).isTrue();
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Each replica schedules every other timer, all due within a second of {@code due}. */
  private List<TimerKey> scheduleHalf(TimersOnPostgres replica, Instant due) {
    int first = replicas.indexOf(replica);
    List<TimerKey> keys = new ArrayList<>();
    for (int i = first; i < TIMERS; i += 2) {
      TimerKey key = key("t" + i);
      replica.quartz.schedule(key, due.plusMillis(i));
      keys.add(key);
    }
    return keys;
  }

  private Stream<TimerKey> firings() {
    return recorders.stream().flatMap(r -> r.all().stream()).map(TimersOnSqlite.Firing::key);
  }

  private List<Sent> sent() {
    return chats.stream().flatMap(c -> c.posts().stream()).toList();
  }
}
