package dev.aiir.commands.insight;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.InsightSettings;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportCommandTest {

  @Test
  void theReportSummarisesTheWorkspacesIncidentsInOneMessageForTheChannel() {
    BotFixture f = March.run();
    Reply reply = f.as(SAM, "report --since 2026-03-01");
    assertThat(reply.isPrivate()).isFalse();
    assertThat(reply.plainText())
        .isEqualTo(
            """
            Incident report: 2026-03-01 to 2026-03-20 12:00 (UTC)
            5 incidents: SEV-1 2 · SEV-2 3 · SEV-3 0 · SEV-4 0
            MTTA median 4m, p90 30m (4 measured; 1 never acknowledged)
            MTTM median 25m, p90 4h (4 measured; 1 neither mitigated nor resolved)
            MTTR median 2h, p90 4h (4 measured; 1 still open)
            MTTR by severity: SEV-1 3h / p90 4h (2 of 2) · SEV-2 1h 30m / p90 2h (2 of 3)
            PIRs: 1 done, 1 due, 2 overdue (AI-IR-2026-002, AI-IR-2026-003)
            Open action items: 3 (P0 2, P1 1, P2 0); by owner: @lee 2, (no owner) 1
            Models: assistant 2, ranker 2, (no model) 1
            Repeat offenders: models assistant 2 (AI-IR-2026-001, AI-IR-2026-002), ranker 2\
             (AI-IR-2026-003, AI-IR-2026-005); root-cause words dataset 2 (AI-IR-2026-001,\
             AI-IR-2026-002), feature 2 (AI-IR-2026-003, AI-IR-2026-005)""");
  }

  @Test
  void theReportIsSlowSoPlatformsAcknowledgeItFirst() {
    assertThat(new BotFixture("2026-03-20T12:00:00Z").bot.read("report").slow()).isTrue();
  }

  @Test
  void theReportLinksThePageWhenAPublicUrlIsConfigured() {
    CoreSettings settings =
        CoreSettings.defaults()
            .withInsights(new InsightSettings(Optional.of("https://aiir.example.com/")));
    BotFixture f = new BotFixture("2026-03-20T12:00:00Z", new InMemoryIncidentStore(), settings);
    assertThat(f.as(SAM, "report").plainText())
        .isEqualTo(
            """
            Incident report: 2026-02-18 12:00 to 2026-03-20 12:00 (UTC)
            No incidents in this period.
            Full report: https://aiir.example.com/incidents?tenant=slack%3AT1""");
  }

  @Test
  void aSeverityFilterIsNamedInTheSummary() {
    BotFixture f = March.run();
    assertThat(f.as(SAM, "report --since 2026-03-01 --severity 1").plainText())
        .contains("Filters: severity SEV-1.\n2 incidents: SEV-1 2 · SEV-2 0");
  }

  @Test
  void aBadPeriodIsRefusedWithWhatToTypeInstead() {
    BotFixture f = new BotFixture("2026-03-20T12:00:00Z");
    Reply reply = f.as(SAM, "report --since yesterday");
    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo(
            "--since takes a span back from now (30d, 12w, 6h), a date (2026-01-01) or a time"
                + " (2026-01-01T09:00), not 'yesterday'.\n"
                + ReportMessages.USAGE);
  }

  @Test
  void aBadSeverityAndAnEmptyPeriodAreRefused() {
    BotFixture f = new BotFixture("2026-03-20T12:00:00Z");
    assertThat(f.as(SAM, "report --severity 5").plainText())
        .startsWith("--severity takes 1 to 4 (or SEV-1 to SEV-4, several with commas), not '5'.");
    assertThat(f.as(SAM, "report --since 2026-03-10 --until 2026-03-01").plainText())
        .startsWith("--since must come before --until");
  }

  @Test
  void datesAreWholeDaysInTheTeamsZoneBothEndsIncluded() {
    CoreSettings berlin =
        new CoreSettings("AI-IR", ZoneId.of("Europe/Berlin"), Duration.ofHours(72));
    BotFixture f = new BotFixture("2026-03-20T12:00:00Z", new InMemoryIncidentStore(), berlin);
    assertThat(f.as(SAM, "report --since 2026-03-01 --until 2026-03-10").plainText())
        .startsWith("Incident report: 2026-03-01 to 2026-03-10 (Europe/Berlin)");
  }
}
