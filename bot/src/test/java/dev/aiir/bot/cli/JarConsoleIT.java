package dev.aiir.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as an operator would: commands on standard input, twice on one file. */
class JarConsoleIT {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run runJar(String input, String... args) throws IOException, InterruptedException {
    return runJar(java.util.Map.of(), input, args);
  }

  private Run runJar(java.util.Map<String, String> env, String input, String... args)
      throws IOException, InterruptedException {
    Path jar = Path.of("target", "aiir-bot.jar").toAbsolutePath();
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, input);
    ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar.toString());
    builder.command().addAll(java.util.List.of(args));
    builder.environment().put("AIIR_DB_URL", "jdbc:sqlite:" + dir.resolve("aiir.db"));
    builder.environment().remove("SLACK_BOT_TOKEN");
    builder.environment().remove("DISCORD_TOKEN");
    builder.environment().remove("SLACK_APP_TOKEN");
    builder.environment().putAll(env);
    builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jar finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void theJarRunsAScenarioFromStandardInputAndKeepsItAcrossRestarts() throws Exception {
    Run first =
        runJar(
            """
            /incident declare Assistant answers degraded --sev 2
            /incident ack
            /incident log rolled back to v3.1 <!channel>
            /incident sev 9
            """);
    Run second = runJar("/incident status\n/incident list\n", "console");

    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .contains("Incident AI-IR-2026-001 declared: Assistant answers degraded")
        .contains("(only you) Severity is 1 to 4")
        .doesNotContain("<!channel>");
    assertThat(first.err()).doesNotContain("Exception");
    assertThat(second.exit()).isZero();
    assertThat(second.out())
        .contains("AI-IR-2026-001: Assistant answers degraded")
        .contains("Severity: SEV-2")
        .contains("Commander: @console")
        .contains("On-call engineer confirmed (@console)");
  }

  @Test
  void exportPrintsAStoredIncidentsDraft() throws Exception {
    runJar("/incident declare drift in embeddings --sev 2\n/incident resolve\n");

    Run markdown = runJar("", "export", "AI-IR-2026-001");
    Run json = runJar("", "export", "ai-ir-2026-001", "--format", "json");
    Run missing = runJar("", "export", "AI-IR-2026-404");

    assertThat(markdown.exit()).isZero();
    assertThat(markdown.out()).startsWith("# Post-Incident Review: drift in embeddings\n");
    assertThat(json.out()).startsWith("{\"incidentId\":\"AI-IR-2026-001\"");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("aiir: No incident AI-IR-2026-404 in this workspace.");
  }

  @Test
  void draftPrintsAReviewFromASlackExport() throws Exception {
    Path export =
        Path.of(JarConsoleIT.class.getResource("/exports/slack-export-seed-example").toURI());

    Run run = runJar("", "draft", "--slack-export", export.toString());
    Run missing = runJar("", "draft", "--slack-export", dir.resolve("nope").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("# Post-Incident Review: assistant backdoor\n")
        .contains("- 20:30 UTC - Incident resolved");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("aiir: ").contains("does not exist");
  }

  @Test
  void aTruncatedExportIsOneClearErrorWithNoOutputFile() throws Exception {
    Path export = dir.resolve("truncated.json");
    Files.writeString(
        export,
        "{\"guild\": {\"id\": \"1\"}, \"channel\": {\"id\": \"2\", \"name\": \"inc-x\"},"
            + " \"messages\": [{\"id\": \"3\", \"timestamp\": \"2026-03-12T14:23:05+00:00\","
            + " \"content\": \"[FIRING] drift\", \"author\": {\"id\": \"4\", \"isBot\": true}},"
            + " {\"id\": \"5\", \"conte");
    Path draft = dir.resolve("draft.md");

    Run run = runJar("", "draft", "--discord-export", export.toString(), "--out", draft.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("aiir: truncated.json ");
    assertThat(run.out()).isEmpty();
    assertThat(draft).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aDraftWrittenToAFileIsWholeAndStandardOutputStaysEmpty() throws Exception {
    Path export =
        Path.of(
            JarConsoleIT.class.getResource("/exports/discord-export-seed-example.json").toURI());
    Path draft = dir.resolve("draft.md");

    Run run = runJar("", "draft", "--discord-export", export.toString(), "--out", draft.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(draft)).startsWith("# Post-Incident Review: assistant backdoor\n");
  }

  @Test
  void migrateReportsTheSchemaVersion() throws Exception {
    Run run = runJar("", "migrate");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("aiir: schema at version 7");
  }

  @Test
  void slackInHttpModeWithoutItsSigningSecretStopsWithAClearMessage() throws Exception {
    Run run = runJar(java.util.Map.of("SLACK_BOT_TOKEN", "xoxb-not-logged"), "", "serve");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("aiir: SLACK_SIGNING_SECRET is needed")
        .doesNotContain("xoxb-not-logged");
  }

  @Test
  void theJarHasNoBenchmarks() throws Exception {
    Run run = runJar("", "bench", "slack-http");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched arguments");
  }
}
