package dev.aiir.commands.pir;

import static dev.aiir.commands.testing.BotFixture.CHANNEL;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PirRemindersTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Instant RESOLVED = Instant.parse("2026-03-12T20:30:00Z");
  private static final ManagerDirectory MANAGERS =
      new ManagerDirectory(
          Managers.none(), Map.of(TENANT, new Managers(Optional.of("CMGR"), List.of("U0BOSS"))));
  private final BotFixture fixture =
      new BotFixture("2026-03-12T14:23:00Z", CoreSettings.defaults().withManagers(MANAGERS));

  @BeforeEach
  void resolve() {
    fixture.run("declare assistant backdoor --sev 2");
    fixture.clock.set(RESOLVED);
    fixture.run("resolve");
  }

  private List<Sent> sentTo(String recipient) {
    return fixture.chat.posts().stream().filter(s -> s.to().equals(recipient)).toList();
  }

  private List<String> headlines(String recipient) {
    return sentTo(recipient).stream().map(s -> s.text().lines().findFirst().orElse("")).toList();
  }

  @Test
  void resolveSchedulesTheRemindersBeforeTheDeadlineAndTheFirstOverdueNotice() {
    assertThat(fixture.scheduled())
        .containsOnly(
            Map.entry(key("48h"), Instant.parse("2026-03-13T20:30:00Z")),
            Map.entry(key("24h"), Instant.parse("2026-03-14T20:30:00Z")),
            Map.entry(key("4h"), Instant.parse("2026-03-15T16:30:00Z")),
            Map.entry(key("overdue-0"), Instant.parse("2026-03-15T20:30:00Z")));
  }

  @Test
  void remindersReachTheChannelAndTheManagersAt48And24And4HoursLeftThenDailyWhenOverdue() {
    fixture.advance(Duration.ofHours(72 + 48 + 1));

    List<String> expected =
        List.of(
            "PIR of AI-IR-2026-001 is due in 2 days",
            "PIR of AI-IR-2026-001 is due in 1 day",
            "PIR of AI-IR-2026-001 is due in 4 hours",
            "PIR of AI-IR-2026-001 is overdue",
            "PIR of AI-IR-2026-001 is overdue by 1 day",
            "PIR of AI-IR-2026-001 is overdue by 2 days");
    assertThat(headlines(CHANNEL)).isEqualTo(expected);
    assertThat(headlines("CMGR")).isEqualTo(expected);
    assertThat(fixture.chat.directMessages()).hasSize(expected.size());
    assertThat(sentTo(CHANNEL).get(0).text())
        .contains("Incident: AI-IR-2026-001: assistant backdoor")
        .contains("Due: 2026-03-15 20:30 UTC")
        .contains("`/incident pir draft --id AI-IR-2026-001`");
  }

  @Test
  void remindersStopAfterPirDone() {
    fixture.advance(Duration.ofHours(25));
    fixture.run("pir done https://wiki.example.com/pir/1");
    fixture.advance(Duration.ofDays(10));

    assertThat(headlines(CHANNEL)).containsExactly("PIR of AI-IR-2026-001 is due in 2 days");
    assertThat(fixture.scheduled()).isEmpty();
  }

  @Test
  void eachReminderIsMarkedOnTheTimelineAndGoesOutOnceEvenWhenFiredTwice() {
    Instant due = Instant.parse("2026-03-13T20:30:00Z");
    fixture.clock.set(due);
    fixture.fired.fire(key("48h"), due);
    fixture.fired.fire(key("48h"), due);
    fixture.dispatcher.deliverDue();

    assertThat(sentTo(CHANNEL)).hasSize(1);
    assertThat(fixture.timeline(ID))
        .filteredOn(e -> e.kind() == EntryKind.PIR)
        .extracting(TimelineEntry::text)
        .containsExactly("PIR reminder sent (48 hours left)");
  }

  @Test
  void afterLongDowntimeOnlyTheReminderThatStillHoldsGoesOut() {
    fixture.timers.scheduled().keySet().forEach(fixture.timers::cancel);
    fixture.clock.set(Instant.parse("2026-03-17T09:00:00Z"));

    new TimerReconciler(fixture.core, TimerFeatures.standard(fixture.core)).reconcile();
    Instant missed = Instant.parse("2026-03-16T20:30:00Z");
    assertThat(fixture.scheduled()).containsOnly(Map.entry(key("overdue-1"), missed));
    fixture.timers.cancel(key("overdue-1"));
    fixture.fired.fire(key("overdue-1"), missed);
    fixture.dispatcher.deliverDue();

    assertThat(headlines(CHANNEL))
        .containsExactly("PIR of AI-IR-2026-001 is overdue by 1 day 12 hours 30 minutes");
    assertThat(fixture.scheduled())
        .containsOnly(Map.entry(key("overdue-2"), Instant.parse("2026-03-17T20:30:00Z")));
  }

  private static TimerKey key(String point) {
    return TimerKey.of(TENANT, new IncidentId(ID), "pir", point);
  }
}
