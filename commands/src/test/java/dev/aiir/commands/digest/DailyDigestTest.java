package dev.aiir.commands.digest;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyDigestTest {
  private static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(),
          Map.of(TENANT, new Managers(Optional.of("CMGR"), List.of("U0BOSS", "U0VP"))));

  private static BotFixture fixture(String now, String zone) {
    CoreSettings settings =
        new CoreSettings("AI-IR", ZoneId.of(zone), Duration.ofHours(72))
            .withManagers(MANAGERS)
            .withDigest(Optional.of(DigestSchedule.standard()));
    return new BotFixture(now, settings);
  }

  private static void reconcile(BotFixture fixture) {
    new TimerReconciler(fixture.core, TimerFeatures.standard(fixture.core)).reconcile();
  }

  private static List<String> digestsTo(BotFixture fixture, String who) {
    return java.util.stream.Stream.concat(
            fixture.chat.posts().stream(), fixture.chat.directMessages().stream())
        .filter(s -> s.to().equals(who))
        .map(Sent::text)
        .filter(t -> t.startsWith("Incident digest"))
        .toList();
  }

  private static Instant digestTimer(BotFixture fixture) {
    return fixture.scheduled().get(DailyDigest.key(TENANT));
  }

  @Test
  void theDigestStaysAt0900InBerlinAcrossTheSpringDaylightSavingChange() {
    BotFixture fixture = fixture("2026-03-26T12:00:00Z", "Europe/Berlin");
    fixture.in(TENANT, SAM, "C1", "declare Drift --sev 3");
    reconcile(fixture);
    assertThat(digestTimer(fixture)).isEqualTo("2026-03-27T08:00:00Z");

    fixture.advance(
        Duration.between(fixture.clock.instant(), Instant.parse("2026-03-27T08:00:00Z")));
    assertThat(digestsTo(fixture, "U0BOSS")).hasSize(1);
    assertThat(digestTimer(fixture)).isEqualTo("2026-03-30T07:00:00Z");

    fixture.advance(Duration.ofDays(3).minusHours(1).minusSeconds(1));
    assertThat(digestsTo(fixture, "U0BOSS")).hasSize(1);
    fixture.advance(Duration.ofSeconds(1));
    assertThat(digestsTo(fixture, "U0BOSS")).hasSize(2);
    assertThat(digestsTo(fixture, "U0BOSS").get(1))
        .startsWith("Incident digest for Monday 30 March");
  }

  @Test
  void theDigestStaysAt0900InBerlinAcrossTheAutumnChange() {
    DigestSchedule weekdays = DigestSchedule.standard();
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    Instant friday = weekdays.next(Instant.parse("2026-10-22T12:00:00Z"), berlin);
    Instant monday = weekdays.next(friday, berlin);

    assertThat(friday).isEqualTo("2026-10-23T07:00:00Z");
    assertThat(monday).isEqualTo("2026-10-26T08:00:00Z");
  }

  @Test
  void aCronLineSetsTheDaysAndTime() {
    assertThat(DigestSchedule.parseCron("0 9 * * 1-5")).contains(DigestSchedule.standard());
    assertThat(DigestSchedule.parseCron("30 7 * * 0,6").orElseThrow().days())
        .containsExactlyInAnyOrder(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
    assertThat(DigestSchedule.parseCron("0 25 * * *")).isEmpty();
    assertThat(DigestSchedule.parseCron("0 9 1 * *")).isEmpty();
    assertThat(DigestSchedule.parseCron("every morning")).isEmpty();
  }

  @Test
  void theDigestListsOpenIncidentsRolloutsAndPirsDueOrOverdue() {
    BotFixture fixture = fixture("2026-03-09T08:00:00Z", "UTC");
    fixture.in(TENANT, SAM, "C4", "declare Old outage --sev 2");
    fixture.in(TENANT, SAM, "C4", "resolve");
    fixture.clock.set(Instant.parse("2026-03-13T06:00:00Z"));
    fixture.in(TENANT, SAM, "C1", "declare Assistant leaks prompts --sev 1");
    fixture.in(TENANT, SAM, "C2", "declare Drift in summaries --sev 2");
    fixture.in(TENANT, SAM, "C3", "declare Slow answers --sev 3");
    fixture.in(TENANT, SAM, "C3", "resolve");
    fixture.clock.set(Instant.parse("2026-03-13T08:00:00Z"));
    fixture.in(TENANT, SAM, "C2", "rollout start --traffic 3%");
    Instant nine = Instant.parse("2026-03-13T09:00:00Z");
    fixture.clock.set(nine);

    fixture.fired.fire(DailyDigest.key(TENANT), nine);
    fixture.dispatcher.deliverDue();

    assertThat(digestsTo(fixture, "CMGR"))
        .containsExactly(
            """
            Incident digest for Friday 13 March 2026
            Open incidents (2):
            - AI-IR-2026-002 SEV-1, investigating, open 3 hours: Assistant leaks prompts \
            (`/incident status --id AI-IR-2026-002`)
            - AI-IR-2026-003 SEV-2, investigating, open 3 hours: Drift in summaries \
            (`/incident status --id AI-IR-2026-003`)
            Rollouts in progress (1):
            - AI-IR-2026-003: Canary at 3% for 1 hour; next: minimum soak in 1 hour \
            (`/incident rollout status --id AI-IR-2026-003`)
            PIRs: 1 overdue, 1 due in the next 72 hours:
            - AI-IR-2026-001 PIR overdue by 1 day 1 hour: Old outage \
            (`/incident pir draft --id AI-IR-2026-001`)
            - AI-IR-2026-004 PIR due in 2 days 21 hours: Slow answers \
            (`/incident pir draft --id AI-IR-2026-004`)""");
    assertThat(digestsTo(fixture, "U0BOSS")).isEqualTo(digestsTo(fixture, "CMGR"));
    assertThat(digestsTo(fixture, "U0VP")).hasSize(1);
  }

  @Test
  void aTenantWithoutManagersGetsNoDigest() {
    BotFixture fixture = fixture("2026-03-09T08:00:00Z", "UTC");
    Tenant other = new Tenant(Platform.SLACK, "T2");
    fixture.in(other, SAM, "C1", "declare Drift --sev 3");

    reconcile(fixture);

    assertThat(fixture.scheduled()).isEmpty();
  }

  @Test
  void aTimerAtAnotherTimeThanTheScheduleSaysNothing() {
    BotFixture fixture = fixture("2026-03-09T08:00:00Z", "UTC");
    fixture.in(TENANT, SAM, "C1", "declare Drift --sev 3");
    Instant ten = Instant.parse("2026-03-09T10:00:00Z");
    fixture.clock.set(ten);

    fixture.fired.fire(DailyDigest.key(TENANT), ten);
    fixture.dispatcher.deliverDue();

    assertThat(digestsTo(fixture, "U0BOSS")).isEmpty();
  }
}
