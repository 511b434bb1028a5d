package dev.aiir.commands.digest;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.InsightSettings;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.InMemoryIncidentStore;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first digest of each week shows last week's MTTR beside the four weeks before it. */
class WeeklyFiguresTest {
  private static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(), Map.of(TENANT, new Managers(Optional.empty(), List.of("U0BOSS"))));

  private static BotFixture fixture(Optional<String> publicUrl) {
    CoreSettings settings =
        new CoreSettings("AI-IR", ZoneId.of("UTC"), Duration.ofHours(72))
            .withManagers(MANAGERS)
            .withDigest(Optional.of(DigestSchedule.standard()))
            .withInsights(new InsightSettings(publicUrl));
    return new BotFixture("2026-02-03T08:00:00Z", new InMemoryIncidentStore(), settings);
  }

  private static void at(BotFixture f, String time, String channel, String line) {
    f.advance(Duration.between(f.clock.instant(), Instant.parse(time)));
    assertThat(f.in(TENANT, MAYA, channel, line).refused()).isFalse();
    // A tenant gets its digest timer once it has an incident, as at start-up.
    new TimerReconciler(f.core, TimerFeatures.standard(f.core)).reconcile();
  }

  private static void fiveWeeks(BotFixture f) {
    at(f, "2026-02-10T10:00:00Z", "C1", "declare One hour --sev 2");
    at(f, "2026-02-10T11:00:00Z", "C1", "resolve");
    at(f, "2026-02-24T10:00:00Z", "C2", "declare Two hours --sev 2");
    at(f, "2026-02-24T12:00:00Z", "C2", "resolve");
    at(f, "2026-03-03T10:00:00Z", "C3", "declare Half an hour --sev 1");
    at(f, "2026-03-03T10:30:00Z", "C3", "resolve");
    at(f, "2026-03-05T10:00:00Z", "C4", "declare Three hours --sev 3");
    at(f, "2026-03-05T13:00:00Z", "C4", "resolve");
    at(f, "2026-03-06T10:00:00Z", "C5", "declare Still open --sev 3");
  }

  private static List<String> digests(BotFixture f) {
    return f.chat.directMessages().stream()
        .filter(s -> s.to().equals("U0BOSS"))
        .map(Sent::text)
        .filter(t -> t.startsWith("Incident digest"))
        .toList();
  }

  @Test
  void mondaysDigestComparesLastWeeksMttrWithTheFourWeeksBefore() {
    BotFixture f = fixture(Optional.empty());
    fiveWeeks(f);
    f.advance(Duration.between(f.clock.instant(), Instant.parse("2026-03-09T09:00:00Z")));
    String monday = digests(f).get(digests(f).size() - 1);
    assertThat(monday)
        .startsWith("Incident digest for Monday 9 March 2026")
        .endsWith(
            """
            Last week (2 Mar to 8 Mar): 3 incidents, MTTR 1h 45m (median of 2 resolved; 1 still\
             open).
            MTTR by week, oldest first: 2 Feb – · 9 Feb 1h · 16 Feb – · 23 Feb 2h · last week\
             1h 45m""");
  }

  @Test
  void theOtherDigestsOfTheWeekLeaveTheFiguresOut() {
    BotFixture f = fixture(Optional.empty());
    fiveWeeks(f);
    f.advance(Duration.between(f.clock.instant(), Instant.parse("2026-03-10T09:00:00Z")));
    List<String> all = digests(f);
    assertThat(all.get(all.size() - 1)).startsWith("Incident digest for Tuesday 10 March");
    assertThat(all.get(all.size() - 1)).doesNotContain("Last week");
    assertThat(all.get(all.size() - 2)).contains("Last week (2 Mar to 8 Mar)");
    // Every Monday from the first after the first incident: 16 and 23 February, 2 and 9 March.
    assertThat(all.stream().filter(d -> d.contains("Last week"))).hasSize(4);
  }

  @Test
  void theWeeklyFiguresLinkTheWorkspacesReportPage() {
    BotFixture f = fixture(Optional.of("https://aiir.example.com"));
    at(f, "2026-02-03T08:00:00Z", "C1", "declare Early --sev 4");
    f.advance(Duration.between(f.clock.instant(), Instant.parse("2026-02-09T09:00:00Z")));
    assertThat(digests(f).get(digests(f).size() - 1))
        .endsWith(
            """
            Last week (2 Feb to 8 Feb): 1 incident, MTTR – (median of 0 resolved; 1 still open).
            MTTR by week, oldest first: 5 Jan – · 12 Jan – · 19 Jan – · 26 Jan – · last week –
            Report: https://aiir.example.com/incidents?tenant=slack%3AT1""");
  }

  @Test
  void aScheduleWithoutMondaysGivesTheFiguresOnItsFirstDayOfTheWeek() {
    DigestSchedule midweek = DigestSchedule.parseCron("0 9 * * 3,5").orElseThrow();
    ZoneId utc = ZoneId.of("UTC");
    assertThat(WeeklyFigures.isFirstOfWeek(midweek, Instant.parse("2026-03-11T09:00:00Z"), utc))
        .isTrue();
    assertThat(WeeklyFigures.isFirstOfWeek(midweek, Instant.parse("2026-03-13T09:00:00Z"), utc))
        .isFalse();
  }
}
