package dev.aiir.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aiir.bench.SignedCommands.Signed;
import dev.aiir.bot.http.KeepAliveClient;
import dev.aiir.bot.http.KeepAliveClient.Answer;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.db.Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar serving Slack over HTTP, driven with concurrent signed {@code /incident log}
 * requests and killed with {@code kill -9} mid-load, then started again on the same SQLite file:
 * every acknowledged entry is in the store, and none is there twice.
 */
class CrashRestartIT {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final Pattern DECLARED = Pattern.compile("Incident (\\S+) declared");
  private static final String HOST = "127.0.0.1";
  private static final String CHANNEL = "CCRASH";
  private static final String USER = "UCRASH";
  private static final int SENDERS = 8;
  private static final int ACKED_BEFORE_KILL = 1000;

  @TempDir Path dir;

  private final String secret = UUID.randomUUID().toString();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyAcknowledgedLogSurvivesAKillMidLoadAndNoneIsStoredTwice() throws Exception {
    try (LoopbackSlackApi slack = new LoopbackSlackApi()) {
      SignedCommands commands = new SignedCommands(secret, slack.responseUrl());
      int port = freePort();
      Process first = start(slack, port, "first");
      String incident = declare(commands, port);
      Set<String> acked = ConcurrentHashMap.newKeySet();
      AtomicInteger sent = new AtomicInteger();
      ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
      for (int t = 0; t < SENDERS; t++) {
        int thread = t;
        senders.execute(() -> sendUntilRefused(commands, port, thread, sent, acked));
      }
      await().atMost(BOUND).until(() -> acked.size() >= ACKED_BEFORE_KILL);
      first.destroyForcibly();
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      senders.shutdown();
      assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

      Process second = start(slack, port, "second");
      Signed after = commands.command(LoopbackSlackApi.TEAM, USER, CHANNEL, "log after restart");
      try (KeepAliveClient client = new KeepAliveClient(HOST, port)) {
        assertThat(client.post(SignedCommands.PATH, after.headers(), after.body()).body())
            .contains("after restart");
      }
      second.destroy();
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

      Map<String, Long> stored = storedTexts(incident);
      System.out.printf(
          "crash test: %d sent, %d acknowledged before kill -9, %d of them found after restart,"
              + " %d entries stored, max copies of one entry %d%n",
          sent.get(),
          acked.size(),
          acked.stream().filter(stored::containsKey).count(),
          stored.size(),
          stored.values().stream().mapToLong(Long::longValue).max().orElse(0));
      assertThat(stored.keySet()).containsAll(acked).contains("after restart");
      assertThat(stored.values()).allMatch(copies -> copies == 1);
    }
  }

  /** One sender: logs numbered entries on a kept-alive connection until the process is gone. */
  private static void sendUntilRefused(
      SignedCommands commands, int port, int thread, AtomicInteger sent, Set<String> acked) {
    try (KeepAliveClient client = new KeepAliveClient(HOST, port)) {
      for (int i = 0; ; i++) {
        String text = "crash entry " + thread + "-" + i;
        Signed log = commands.command(LoopbackSlackApi.TEAM, USER, CHANNEL, "log " + text);
        sent.incrementAndGet();
        Answer answer = client.post(SignedCommands.PATH, log.headers(), log.body());
        // Only an HTTP 200 carrying the logged entry counts as acknowledged to the user.
        if (answer.status() == 200 && answer.body().contains(text)) {
          acked.add(text);
        }
      }
    } catch (IOException e) {
      // The process was killed: the connection breaks or is refused, and this sender stops.
    }
  }

  private String declare(SignedCommands commands, int port) throws IOException {
    Signed declare = commands.command(LoopbackSlackApi.TEAM, USER, CHANNEL, "declare Crash drill");
    try (KeepAliveClient client = new KeepAliveClient(HOST, port)) {
      Answer answer = client.post(SignedCommands.PATH, declare.headers(), declare.body());
      Matcher id = DECLARED.matcher(answer.body());
      assertThat(id.find()).as(answer.body()).isTrue();
      return id.group(1);
    }
  }

  private Map<String, Long> storedTexts(String incident) {
    Tenant tenant = new Tenant(Platform.SLACK, LoopbackSlackApi.TEAM);
    try (Database database = Database.open(dbUrl())) {
      List<TimelineEntry> timeline =
          database
              .incidents()
              .inTransaction(tenant, tx -> tx.timeline().of(new IncidentId(incident)));
      return timeline.stream()
          .map(TimelineEntry::text)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
  }

  private String dbUrl() {
    return "jdbc:sqlite:" + dir.resolve("aiir.db");
  }

  private Process start(LoopbackSlackApi slack, int port, String name) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(java(), "-jar", jar(), "serve")
            .redirectOutput(dir.resolve(name + ".out").toFile())
            .redirectError(dir.resolve(name + ".err").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("SLACK_") || key.startsWith("DISCORD_"));
    env.put("AIIR_DB_URL", dbUrl());
    env.put("SLACK_BOT_TOKEN", "xoxb-crash-test");
    env.put("SLACK_SIGNING_SECRET", secret);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", Integer.toString(port));
    Process process = builder.start();
    await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));
    return process;
  }

  private boolean healthy(int port) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + "/healthz")).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The production jar (the bot module's), which the build names in {@code aiir.bot.jar}. */
  private static String jar() {
    String built = System.getProperty("aiir.bot.jar", "../bot/target/aiir-bot.jar");
    return Path.of(built).toAbsolutePath().normalize().toString();
  }
}
