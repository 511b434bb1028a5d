package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import dev.aiir.bot.slack.FakeSlack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started as {@code java -jar aiir-bot.jar serve}, with {@code AIIR_CDS} at its
 * default (the build's tests turn it off): a fresh build's first start re-executes itself with the
 * archive the build wrote beside the jar; a jar without one (copied elsewhere) has its first stop
 * write one to the cache, and its next start re-executes itself with that, in the same process; an
 * archive the JVM does not take is set aside, the cache's never written again.
 */
class ClassDataArchiveIT {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final Pattern TO_WRITE = Pattern.compile("the next stop writes (\\S+\\.jsa)");

  @TempDir Path dir;
  private Path cache;
  private Path working;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void folders() throws IOException {
    cache = Files.createDirectories(dir.resolve("cache"));
    working = Files.createDirectories(dir.resolve("work"));
  }

  @Test
  void aFreshBuildsFirstStartServesWithTheArchiveTheBuildWroteBesideTheJar() throws Exception {
    Path jar = Path.of("target", "aiir-bot.jar").toAbsolutePath();
    Path built = Path.of("target", "aiir-bot.jsa").toRealPath();
    try (FakeSlack slack = new FakeSlack()) {
      Started first = start("first", slack, jar.toString());
      assertThat(post(first.port(), slack, "declare Archived start --sev 3")).isEqualTo(200);
      String maps = Files.readString(Path.of("/proc/" + first.process().pid() + "/maps"));
      assertThat(maps).contains(built.toString());
      // The re-executed JVM still answers SIGQUIT with a thread dump, as any JVM does.
      new ProcessBuilder("kill", "-QUIT", Long.toString(first.process().pid())).start().waitFor();
      await().atMost(BOUND).until(() -> log("first").contains("Full thread dump"));
      stop(first.process());

      assertThat(first.process().exitValue()).as("stopped by SIGTERM, not killed").isEqualTo(143);
      assertThat(log("first"))
          .contains("class-data archive in use: " + built)
          .doesNotContain("class-data archive written");
      assertThat(archives()).isEmpty();
    }
  }

  @Test
  void withoutTheBuildsArchiveTheFirstStopWritesOneAndTheNextStartServesWithIt() throws Exception {
    Path copy = copiedJar();
    // Relative to the working folder: the archive is written and taken for the jar's real path.
    String relative = working.relativize(copy).toString();
    try (FakeSlack slack = new FakeSlack()) {
      Started first = start("first", slack, relative);
      stop(first.process());
      assertThat(first.process().exitValue()).as("stopped by SIGTERM, not killed").isEqualTo(143);
      assertThat(log("first")).contains("class-data archive written for the next start");
      List<Path> archives = archives();
      assertThat(archives).hasSize(1);
      try (Stream<Path> left = Files.list(working)) {
        assertThat(left).as("the dumping JVM's output files").isEmpty();
      }

      Started second = start("second", slack, relative);
      assertThat(post(second.port(), slack, "declare Archived start --sev 3")).isEqualTo(200);
      String maps = Files.readString(Path.of("/proc/" + second.process().pid() + "/maps"));
      assertThat(maps).contains(archives.get(0).toRealPath().toString());
      stop(second.process());

      assertThat(log("second"))
          .contains("class-data archive in use: " + archives.get(0))
          .doesNotContain("class-data archive written");
      assertThat(archives()).containsExactlyElementsOf(archives);
    }
  }

  @Test
  void aCachedArchiveTheJvmDoesNotTakeIsDeletedAndNotWrittenAgain() throws Exception {
    String jar = copiedJar().toString();
    try (FakeSlack slack = new FakeSlack()) {
      Started first = start("first", slack, jar);
      Matcher named = TO_WRITE.matcher(log("first"));
      assertThat(named.find()).as("the start names the archive it lacks").isTrue();
      // Killed: a stop that writes no archive.
      first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Path archive = Path.of(named.group(1));
      Files.createDirectories(archive.getParent());
      Files.writeString(archive, "not an archive");

      Started second = start("second", slack, jar);
      stop(second.process());

      assertThat(second.process().exitValue()).as("stopped by SIGTERM, not killed").isEqualTo(143);
      assertThat(log("second"))
          .contains("class-data archive " + archive + " was not taken by this JVM")
          .doesNotContain("class-data archive written");
      assertThat(archive).doesNotExist();
      assertThat(archives()).isEmpty();
    }
  }

  @Test
  void aBuildsArchiveTheJvmDoesNotTakeIsLeftAsideAndTheStopWritesOneToTheCache() throws Exception {
    Path jar = copiedJar();
    Path built = Files.writeString(jar.resolveSibling("aiir-bot.jsa"), "not an archive");
    try (FakeSlack slack = new FakeSlack()) {
      Started first = start("first", slack, jar.toString());
      stop(first.process());

      assertThat(log("first"))
          .contains("class-data archive " + built.toRealPath() + " was not taken by this JVM")
          .contains("class-data archive written for the next start");
      assertThat(archives()).hasSize(1);
      assertThat(built).exists();
    }
  }

  @Test
  void anArchiveThatCrashesTheJvmCostsTwoStartsAndTheThirdStartsWithoutIt() throws Exception {
    String jar = copiedJar().toString();
    try (FakeSlack slack = new FakeSlack()) {
      Started first = start("first", slack, jar);
      stop(first.process());
      Path archive = archives().get(0);
      damage(archive);

      for (String crashed : List.of("second", "third")) {
        Process process = launch(crashed, slack, jar, freePort());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM crashes").isTrue();
        assertThat(process.exitValue()).as("%s start", crashed).isNotZero().isNotEqualTo(143);
      }
      Started fourth = start("fourth", slack, jar);
      assertThat(post(fourth.port(), slack, "declare After the crashes --sev 3")).isEqualTo(200);
      stop(fourth.process());

      assertThat(log("fourth"))
          .contains(
              "class-data archive not used, started without it: "
                  + archive
                  + " set aside: the last 2 starts with it never came up")
          .doesNotContain("class-data archive written");
      assertThat(archive).doesNotExist();
    }
  }

  @Test
  void aBotKilledEachTimeOnceItServesKeepsItsArchive() throws Exception {
    Path built = Path.of("target", "aiir-bot.jsa").toRealPath();
    String jar = Path.of("target", "aiir-bot.jar").toAbsolutePath().toString();
    try (FakeSlack slack = new FakeSlack()) {
      for (String killed : List.of("first", "second", "third")) {
        Started start = start(killed, slack, jar);
        await().atMost(BOUND).until(() -> countedStarts().isEmpty());
        start.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      Started fourth = start("fourth", slack, jar);
      stop(fourth.process());

      assertThat(log("fourth")).contains("class-data archive in use: " + built);
    }
  }

  private List<Path> countedStarts() throws IOException {
    Path cds = cache.resolve("aiir").resolve("cds");
    try (Stream<Path> files = Files.list(cds)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".unconfirmed")).toList();
    }
  }

  @Test
  void withAiirCdsOffNoArchiveIsUsedOrWritten() throws Exception {
    Path built = Path.of("target", "aiir-bot.jsa").toRealPath();
    try (FakeSlack slack = new FakeSlack()) {
      for (String jar :
          List.of(
              Path.of("target", "aiir-bot.jar").toAbsolutePath().toString(),
              copiedJar().toString())) {
        int port = freePort();
        Process process = launch("off", slack, jar, port, Map.of("AIIR_CDS", "off"));
        await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));
        String maps = Files.readString(Path.of("/proc/" + process.pid() + "/maps"));
        stop(process);

        assertThat(maps)
            .as(jar)
            .doesNotContain(built.toString())
            .doesNotContain(cache.resolve("aiir").resolve("cds").toString());
        assertThat(log("off")).as(jar).doesNotContain("class-data archive");
        assertThat(archives()).as(jar).isEmpty();
      }
    }
  }

  @Test
  void aMistakenAiirCdsStopsTheStartWithOneLineAndWritesNothing() throws Exception {
    String jar = copiedJar().toString();
    try (FakeSlack slack = new FakeSlack()) {
      Process process = launch("mistaken", slack, jar, freePort(), Map.of("AIIR_CDS", "yes"));
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the start stops").isTrue();

      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(Files.readString(dir.resolve("mistaken.err")))
          .contains("aiir: AIIR_CDS must be auto (the default) or off, not 'yes'")
          .doesNotContain("Exception");
      assertThat(dir.resolve("aiir.db")).as("no store opened").doesNotExist();
      assertThat(cache.resolve("aiir").resolve("cds")).as("no archive folder").doesNotExist();
      try (Stream<Path> left = Files.list(working)) {
        assertThat(left).isEmpty();
      }
    }
  }

  /** Overwrites blocks of the archive past its header, as a failing disk might. */
  private static void damage(Path archive) throws IOException {
    archive.toFile().setWritable(true);
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
      byte[] noise = new byte[4096];
      new java.util.Random(42).nextBytes(noise);
      for (long at = 5_000_000; at < file.length() - noise.length; at += 1_000_000) {
        file.seek(at);
        file.write(noise);
      }
    }
  }

  /** The built jar, copied to a folder without the build's archive. */
  private Path copiedJar() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("copy")).resolve("aiir-bot.jar");
    return Files.copy(Path.of("target", "aiir-bot.jar"), copy);
  }

  private record Started(Process process, int port) {}

  private Started start(String name, FakeSlack slack, String jar) throws IOException {
    int port = freePort();
    Process process = launch(name, slack, jar, port);
    await().atMost(BOUND).ignoreExceptions().until(() -> healthy(port));
    await().atMost(BOUND).until(() -> log(name).contains("class-data archive"));
    return new Started(process, port);
  }

  private Process launch(String name, FakeSlack slack, String jar, int port) throws IOException {
    return launch(name, slack, jar, port, Map.of());
  }

  private Process launch(
      String name, FakeSlack slack, String jar, int port, Map<String, String> more)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar,
                "serve")
            .directory(working.toFile())
            .redirectOutput(dir.resolve(name + ".out").toFile())
            .redirectError(dir.resolve(name + ".err").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    builder.environment().remove("AIIR_CDS");
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("AIIR_WARM_UP", "off");
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-archive");
    builder.environment().put("SLACK_SIGNING_SECRET", "archive-secret");
    builder.environment().put("SLACK_API_URL", slack.apiUrl());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
    builder.environment().putAll(more);
    return builder.start();
  }

  private List<Path> archives() throws IOException {
    Path cds = cache.resolve("aiir").resolve("cds");
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cds)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private String log(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8)
        + Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
  }

  /** The status of a signed slash command: 200 once it is acknowledged. */
  private int post(int port, FakeSlack slack, String text) throws Exception {
    String body =
        "team_id="
            + FakeSlack.TEAM
            + "&channel_id=CARCHIVE&user_id=U1&user_name=maya&command=%2Fincident&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&response_url="
            + URLEncoder.encode(slack.responseUrl(), StandardCharsets.UTF_8);
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", ts)
            .header(
                "X-Slack-Signature",
                new SlackSignature.Generator("archive-secret").generate(ts, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private boolean healthy(int port) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
