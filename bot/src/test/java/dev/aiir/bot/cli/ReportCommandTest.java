package dev.aiir.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiir.bot.config.Settings;
import dev.aiir.commands.insight.March;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aiir report} on a SQLite store holding March's incidents, at a fixed time. */
class ReportCommandTest {
  @TempDir Path dir;
  private Settings settings;

  @BeforeEach
  void recordMarch() {
    String url = "jdbc:sqlite:" + dir.resolve("aiir.db");
    try (Database database = Database.open(url)) {
      BotFixture march = March.run(database.incidents());
      march.in(
          BotFixture.TENANT, BotFixture.MAYA, "CQ", "declare Answers \"wrong\", then none --sev 3");
    }
    settings = Settings.fromEnvironment(Map.of("AIIR_DB_URL", url));
  }

  private String run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Clock clock = Clock.fixed(March.NOW.plusSeconds(60), ZoneOffset.UTC);
      CommandLine report = new CommandLine(new ReportCommand(() -> settings, clock));
      report.setCaseInsensitiveEnumValuesAllowed(true);
      int exit = report.execute(args);
      assertThat(exit).isZero();
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonHasTheShapeItsReadmeDescribes() throws Exception {
    JsonNode json = new ObjectMapper().readTree(run("--since", "2026-03-01", "--format", "json"));
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "generated_at",
            "zone",
            "period",
            "filters",
            "incidents",
            "by_severity",
            "by_model",
            "figures",
            "mitigated_only_by_resolution",
            "pirs",
            "open_action_items",
            "repeat_offenders",
            "weeks",
            "definitions");
    assertThat(json.get("incidents").asInt()).isEqualTo(6);
    JsonNode sev1 = json.get("figures").get("SEV-1");
    assertThat(sev1.get("mtta").get("median_seconds").asDouble()).isEqualTo(1050.0);
    assertThat(sev1.get("mttr").get("p90_seconds").asInt()).isEqualTo(4 * 3600);
    assertThat(json.get("figures").get("SEV-4").get("mttr").get("median_seconds").isNull())
        .isTrue();
    assertThat(json.get("pirs").get("overdue").asInt()).isEqualTo(2);
    assertThat(json.get("open_action_items").get("by_priority").get("P0").asInt()).isEqualTo(2);
    assertThat(json.get("repeat_offenders").get("models").get(0).get("incidents").get(0).asText())
        .isEqualTo("slack:T1 AI-IR-2026-001");
    assertThat(json.get("weeks").get(1).get("mttr_median_seconds").asInt()).isEqualTo(3 * 3600);
  }

  @Test
  void csvHasOneQuotedRowPerIncident() throws Exception {
    String csv = run("--since", "2026-03-01", "--tenant", "slack:T1", "--format", "csv");
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(7);
    assertThat(lines[0]).startsWith("workspace,id,title,severity,state,model,detected_at,");
    assertThat(lines[6])
        .startsWith(
            "slack:T1,AI-IR-2026-006,\"Answers \"\"wrong\"\", then none\",SEV-3,investigating,");
  }

  @Test
  void htmlIsOneSelfContainedPrintableFileWithItsCharts() throws Exception {
    Path out = dir.resolve("report.html");
    run("--since", "2026-03-01", "--format", "html", "--out", out.toString());
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;");
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "@media print");
    assertThat(html).contains("Answers &quot;wrong&quot;, then none");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "<link", "src=", "http://", "https://", "url(");
  }

  @Test
  void markdownIsTheDefault() throws Exception {
    assertThat(run("--since", "2026-03-01", "--severity", "1"))
        .startsWith("# Incident report: 2026-03-01 to 2026-03-20 12:01 (UTC)")
        .contains("| SEV-1 | 2 | 17m 30s | 30m | 2h 15m | 4h | 3h | 4h |");
  }

  @Test
  void aBadOptionEndsWithExitCode2AndItsReason() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(() -> settings, "report", "--since", "last tuesday")).isEqualTo(2);
      assertThat(Main.run(() -> settings, "report", "--tenant", "teams:1")).isEqualTo(2);
    } finally {
      System.setErr(stderr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("aiir: --since takes a span back from now")
        .contains(
            "aiir: --tenant takes console, slack:<team id> or discord:<guild id>, not 'teams:1'");
  }
}
