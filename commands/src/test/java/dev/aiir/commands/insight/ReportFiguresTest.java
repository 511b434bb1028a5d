package dev.aiir.commands.insight;

import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ReportFilter;
import dev.aiir.commands.testing.BotFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figures of {@link March}'s five incidents, checked against the hand-worked ones. */
class ReportFiguresTest {
  private static final BotFixture MARCH = March.run();

  private static InsightReport report(ReportFilter filter) {
    return new Insights(MARCH.core).report(filter);
  }

  private static InsightReport march() {
    return report(
        ReportFilter.between(Instant.parse("2026-03-01T00:00:00Z"), March.NOW).forTenant(TENANT));
  }

  private static Figure figure(Optional<Duration> median, Optional<Duration> p90, int... counts) {
    return new Figure(counts[0], counts[1], median, p90);
  }

  private static Optional<Duration> m(long minutes) {
    return Optional.of(Duration.ofMinutes(minutes));
  }

  @Test
  void incidentsAreCountedBySeverityAndByModelName() {
    InsightReport r = march();
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.bySeverity())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Severity.SEV1, 2, Severity.SEV2, 3, Severity.SEV3, 0, Severity.SEV4, 0));
    assertThat(r.byModel())
        .containsExactly(
            Tally.counted("assistant", 2),
            Tally.counted("ranker", 2),
            Tally.counted("(no model)", 1));
  }

  @Test
  void sevOneHasEvenCountsSoItsMediansAreMeansOfTheTwoMiddleValues() {
    Map<Metric, Figure> sev1 = march().figures().get(Severity.SEV1);
    assertThat(sev1.get(Metric.MTTA))
        .isEqualTo(figure(Optional.of(Duration.ofSeconds(17 * 60 + 30)), m(30), 2, 0));
    assertThat(sev1.get(Metric.MTTM)).isEqualTo(figure(m(135), m(240), 2, 0));
    assertThat(sev1.get(Metric.MTTR)).isEqualTo(figure(m(180), m(240), 2, 0));
  }

  @Test
  void aNeverAcknowledgedAndAStillOpenIncidentAreLeftOutAndCounted() {
    Map<Metric, Figure> sev2 = march().figures().get(Severity.SEV2);
    assertThat(sev2.get(Metric.MTTA)).isEqualTo(figure(m(2), m(3), 2, 1));
    assertThat(sev2.get(Metric.MTTM))
        .isEqualTo(figure(Optional.of(Duration.ofSeconds(17 * 60 + 30)), m(20), 2, 1));
    assertThat(sev2.get(Metric.MTTR)).isEqualTo(figure(m(90), m(120), 2, 1));
  }

  @Test
  void overallTheFirstAckCountsAndAResolutionWithoutRollbackEndsTheMitigation() {
    InsightReport r = march();
    assertThat(r.overall().get(Metric.MTTA)).isEqualTo(figure(m(4), m(30), 4, 1));
    assertThat(r.overall().get(Metric.MTTM)).isEqualTo(figure(m(25), m(240), 4, 1));
    assertThat(r.overall().get(Metric.MTTR)).isEqualTo(figure(m(120), m(240), 4, 1));
    assertThat(r.mitigatedOnlyByResolution()).isEqualTo(1);
  }

  @Test
  void severitiesWithoutIncidentsHaveNoFigures() {
    assertThat(march().figures().get(Severity.SEV4).get(Metric.MTTR)).isEqualTo(Figure.none());
  }

  @Test
  void reviewsAreDoneDueOrOverdueAndOpenIncidentsOweNone() {
    PirStatus pirs = march().pirs();
    assertThat(pirs).isEqualTo(new PirStatus(1, 1, 2, List.of("AI-IR-2026-002", "AI-IR-2026-003")));
  }

  @Test
  void openActionItemsAreCountedByPriorityAndOwnerAndDoneOnesAreNot() {
    ActionSummary actions = march().actions();
    assertThat(actions.open()).isEqualTo(3);
    assertThat(actions.byPriority())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Priority.P0, 2, Priority.P1, 1, Priority.P2, 0));
    assertThat(actions.byOwner())
        .containsExactly(Tally.counted("@lee", 2), Tally.counted("(no owner)", 1));
  }

  @Test
  void repeatOffendersShareAModelOrRootCauseWords() {
    InsightReport r = march();
    assertThat(r.repeatModels())
        .containsExactly(
            new Tally("assistant", 2, List.of("AI-IR-2026-001", "AI-IR-2026-002")),
            new Tally("ranker", 2, List.of("AI-IR-2026-003", "AI-IR-2026-005")));
    assertThat(r.repeatCauseWords())
        .containsExactly(
            new Tally("dataset", 2, List.of("AI-IR-2026-001", "AI-IR-2026-002")),
            new Tally("feature", 2, List.of("AI-IR-2026-003", "AI-IR-2026-005")));
  }

  @Test
  void everyWeekOfThePeriodIsThereEmptyOnesIncludedWithItsMedianTimeToResolve() {
    List<WeekRow> weeks = march().weeks();
    assertThat(weeks)
        .extracting(WeekRow::monday)
        .containsExactly(
            LocalDate.of(2026, 2, 23),
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 3, 16));
    assertThat(weeks).extracting(WeekRow::total).containsExactly(0, 2, 1, 2);
    assertThat(weeks).extracting(WeekRow::resolved).containsExactly(0, 2, 1, 1);
    assertThat(weeks)
        .extracting(WeekRow::mttr)
        .containsExactly(Optional.empty(), m(180), m(60), m(120));
    assertThat(weeks.get(1).bySeverity().get(Severity.SEV1)).isEqualTo(2);
  }

  @Test
  void filtersNarrowTheReportBySeverityModelAndPeriod() {
    ReportFilter all = ReportFilter.between(Instant.parse("2026-03-01T00:00:00Z"), March.NOW);
    assertThat(report(all.withSeverities(Set.of(Severity.SEV1))).total()).isEqualTo(2);
    assertThat(report(all.withModel(Optional.of("ranker"))).total()).isEqualTo(2);
    assertThat(report(all.withModel(Optional.of("ranker@v2"))).total()).isEqualTo(1);
    assertThat(report(all.withModel(Optional.of("rank"))).total()).isZero();
    InsightReport lastWeek =
        report(ReportFilter.between(Instant.parse("2026-03-16T00:00:00Z"), March.NOW));
    assertThat(lastWeek.incidents())
        .extracting(i -> i.id().value())
        .containsExactly("AI-IR-2026-004", "AI-IR-2026-005");
    assertThat(lastWeek.actions().open()).isEqualTo(2);
  }

  @Test
  void anotherWorkspacesIncidentsStayOutOfAWorkspacesReport() {
    BotFixture f = March.run();
    f.in(
        new dev.aiir.commands.chat.Tenant(dev.aiir.commands.chat.Platform.SLACK, "T2"),
        BotFixture.MAYA,
        "X1",
        "declare Elsewhere --sev 1");
    Insights insights = new Insights(f.core);
    ReportFilter period =
        ReportFilter.between(Instant.parse("2026-03-01T00:00:00Z"), March.NOW.plusSeconds(60));
    assertThat(insights.report(period.forTenant(TENANT)).total()).isEqualTo(5);
    assertThat(insights.report(period).total()).isEqualTo(6);
    assertThat(insights.report(period).repeatModels().get(0).incidents())
        .containsExactly("slack:T1 AI-IR-2026-001", "slack:T1 AI-IR-2026-002");
  }
}
