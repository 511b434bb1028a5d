package dev.aiir.commands.insight;

import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.ReportFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {
  private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

  private static InsightReport reportOf(String title, String model) {
    ReportBuilder builder =
        new ReportBuilder(
            ReportFilter.between(Instant.parse("2026-03-01T00:00:00Z"), NOW).forTenant(TENANT),
            ZoneId.of("Europe/Berlin"),
            NOW);
    builder.accept(
        new IncidentFacts(
            TENANT,
            new IncidentId("AI-IR-2026-001"),
            title,
            Severity.SEV2,
            IncidentState.RESOLVED,
            model,
            Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T10:00:45Z"),
            null,
            Instant.parse("2026-03-02T11:30:00.500Z"),
            Instant.parse("2026-03-05T11:30:00.500Z"),
            false,
            null));
    return builder.build(List.of());
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAndDoublesQuotes() {
    String csv = ReportCsv.render(reportOf("Answers \"wrong\", then\nnone", "assistant@v3"));
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0])
        .isEqualTo(
            "workspace,id,title,severity,state,model,detected_at,acknowledged_at,mitigated_at,"
                + "resolved_at,seconds_to_acknowledge,seconds_to_mitigate,seconds_to_resolve,pir,"
                + "pir_due_at,week_of");
    assertThat(csv)
        .contains(
            "slack:T1,AI-IR-2026-001,\"Answers \"\"wrong\"\", then\nnone\",SEV-2,resolved,"
                + "assistant@v3,2026-03-02T11:00:00+01:00,2026-03-02T11:00:45+01:00,"
                + "2026-03-02T12:30:00.5+01:00,2026-03-02T12:30:00.5+01:00,45,5400.5,5400.5,"
                + "overdue,2026-03-05T12:30:00.5+01:00,2026-03-02\r\n");
    assertThat(csv).endsWith("\r\n");
  }

  @Test
  void csvMakesAFormulaInert() {
    assertThat(ReportCsv.field("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(ReportCsv.field("+1")).isEqualTo("'+1");
    assertThat(ReportCsv.field("@lee")).isEqualTo("'@lee");
    assertThat(ReportCsv.field("plain")).isEqualTo("plain");
  }

  @Test
  void jsonCarriesTheFiguresInSecondsAndNullWhereNothingWasMeasured() {
    String json = ReportJson.render(reportOf("t", "m@1"));
    assertThat(json)
        .startsWith(
            "{\"generated_at\":\"2026-03-20T12:00:00Z\",\"zone\":\"Europe/Berlin\","
                + "\"period\":{\"since\":\"2026-03-01T00:00:00Z\",\"until\":\"2026-03-20T12:00:00Z\"},"
                + "\"filters\":{\"severities\":[],\"model\":null,\"workspace\":\"slack:T1\"},"
                + "\"incidents\":1,");
    assertThat(json)
        .contains(
            "\"SEV-2\":{\"mtta\":{\"measured\":1,\"excluded\":0,\"median_seconds\":45,"
                + "\"p90_seconds\":45},"
                + "\"mttm\":{\"measured\":1,\"excluded\":0,\"median_seconds\":5400.5,"
                + "\"p90_seconds\":5400.5}")
        .contains("\"SEV-1\":{\"mtta\":{\"measured\":0,\"excluded\":0,\"median_seconds\":null")
        .contains(
            "\"pirs\":{\"done\":0,\"due\":0,\"overdue\":1,\"overdue_incidents\":[\"AI-IR-2026-001\"]}")
        .contains("\"mitigated_only_by_resolution\":1")
        .endsWith("]}");
  }

  @Test
  void markdownKeepsUserTextInsideItsTableCell() {
    String md = ReportMarkdown.render(reportOf("t", "evil|model\n# heading@1"));
    assertThat(md).contains("| evil\\|model \\# heading | 1 |");
    assertThat(md).contains("| SEV-2 | 1 | 45s | 45s | 1h 30m | 1h 30m | 1h 30m | 1h 30m |");
    assertThat(md)
        .contains("Left out: MTTM of 1 incident ends at resolution (no rollback before it).");
  }
}
