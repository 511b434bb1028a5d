package dev.aiir.commands.insight;

import static dev.aiir.commands.insight.March.at;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ReportFilter;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Berlin's clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October: durations
 * are elapsed time, while weeks and dates are read on the team's clock.
 */
class TeamZoneTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static BotFixture berlin(String start) {
    CoreSettings settings = new CoreSettings("AI-IR", BERLIN, Duration.ofHours(72));
    return new BotFixture(start, new InMemoryIncidentStore(), settings);
  }

  private static InsightReport report(BotFixture f, String since, String until) {
    ReportRequest request =
        new ReportRequest(Optional.of(since), Optional.of(until), List.of(), Optional.empty());
    Insights insights = new Insights(f.core);
    return insights.report(request.filter(BERLIN, f.core.now(), Optional.of(TENANT)));
  }

  @Test
  void anIncidentAcrossTheSpringChangeTakesTheHourThatElapsedNotTheTwoTheClocksShow() {
    BotFixture f = berlin("2026-03-29T00:30:00Z");
    // 01:30 CET to 03:30 CEST: two hours on the wall clock, one elapsed.
    at(f, "2026-03-29T00:30:00Z", "C1", "declare Night drift --sev 2");
    at(f, "2026-03-29T01:30:00Z", "C1", "resolve");
    f.clock.set(Instant.parse("2026-04-01T12:00:00Z"));
    InsightReport r = report(f, "2026-03-29", "2026-03-29");
    assertThat(r.figures().get(Severity.SEV2).get(Metric.MTTR).median())
        .contains(Duration.ofHours(1));
    assertThat(r.filter().since()).isEqualTo("2026-03-28T23:00:00Z");
    assertThat(r.filter().until()).isEqualTo("2026-03-29T22:00:00Z");
  }

  @Test
  void aSundayNightInUtcThatIsMondayInBerlinCountsInBerlinsNewWeek() {
    BotFixture f = berlin("2026-03-29T22:30:00Z");
    at(f, "2026-03-29T22:30:00Z", "C1", "declare Monday already --sev 3");
    f.clock.set(Instant.parse("2026-04-01T12:00:00Z"));
    InsightReport r = report(f, "2026-03-23", "2026-04-01");
    assertThat(r.weeks())
        .extracting(WeekRow::monday)
        .containsExactly(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));
    assertThat(r.weeks()).extracting(WeekRow::total).containsExactly(0, 1);
    assertThat(report(f, "2026-03-30", "2026-03-30").total()).isEqualTo(1);
    assertThat(report(f, "2026-03-23", "2026-03-29").total()).isZero();
  }

  @Test
  void theLongAutumnDayIsCoveredWholeByItsDate() {
    BotFixture f = berlin("2026-10-25T22:30:00Z");
    // 23:30 CET on the 25th, a day of 25 hours: its end is 23:00 UTC.
    at(f, "2026-10-25T22:30:00Z", "C1", "declare Late on the long day --sev 4");
    f.clock.set(Instant.parse("2026-10-27T12:00:00Z"));
    assertThat(report(f, "2026-10-25", "2026-10-25").total()).isEqualTo(1);
    ReportFilter day = report(f, "2026-10-25", "2026-10-25").filter();
    assertThat(Duration.between(day.since(), day.until())).isEqualTo(Duration.ofHours(25));
    assertThat(report(f, "2026-10-26", "2026-10-26").total()).isZero();
  }

  @Test
  void spansCountBackFromNowAndTimesWithoutOffsetAreTheTeams() {
    Instant now = Instant.parse("2026-03-20T12:00:00Z");
    ReportFilter filter =
        new ReportRequest(
                Optional.of("2w"), Optional.of("2026-03-20T09:00"), List.of(), Optional.empty())
            .filter(BERLIN, now, Optional.empty());
    assertThat(filter.since()).isEqualTo("2026-03-06T12:00:00Z");
    assertThat(filter.until()).isEqualTo("2026-03-20T08:00:00Z");
    assertThat(
            new ReportRequest(
                    Optional.of("2026-03-01T00:00Z"),
                    Optional.empty(),
                    List.of("1,SEV-2"),
                    Optional.empty())
                .filter(BERLIN, now, Optional.empty()))
        .satisfies(
            f -> {
              assertThat(f.since()).isEqualTo("2026-03-01T00:00:00Z");
              assertThat(f.until()).isEqualTo(now);
              assertThat(f.severities()).containsExactlyInAnyOrder(Severity.SEV1, Severity.SEV2);
            });
  }
}
