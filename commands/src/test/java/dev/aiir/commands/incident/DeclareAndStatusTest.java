package dev.aiir.commands.incident;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.BotFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclareAndStatusTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @Test
  void declaredIncidentShowsIdSeverityTitleAndCommanderInStatus() {
    Reply declared = fixture.run("declare Assistant answers degraded --sev 2");
    Reply status = fixture.run("status");

    assertThat(declared.isPrivate()).isFalse();
    assertThat(declared.plainText())
        .startsWith("Incident AI-IR-2026-001 declared: Assistant answers degraded");
    assertThat(status.plainText())
        .contains("AI-IR-2026-001: Assistant answers degraded")
        .contains("Severity: SEV-2")
        .contains("State: investigating")
        .contains("Commander: @maya");
  }

  @Test
  void idsAreNumberedPerYearFromOne() {
    fixture.run("declare first");
    fixture.run("declare --id x second");
    fixture.as(SAM, "declare second");
    fixture.clock.set(Instant.parse("2027-01-01T00:05:00Z"));
    Reply nextYear = fixture.run("declare third");

    assertThat(fixture.incident("AI-IR-2026-002").title()).isEqualTo("second");
    assertThat(nextYear.plainText()).contains("AI-IR-2027-001");
  }

  @Test
  void severityDefaultsToSev3() {
    fixture.run("declare drift in embeddings");

    assertThat(fixture.incident("AI-IR-2026-001").severity()).isEqualTo(Severity.SEV3);
  }

  @Test
  void detectedTimeBackdatesTheAlertEntryInUtc() {
    fixture.run("declare --detected 14:23 Assistant answers degraded --sev 2");

    List<TimelineEntry> timeline = fixture.timeline("AI-IR-2026-001");
    assertThat(timeline)
        .extracting(TimelineEntry::text)
        .containsExactly("Monitoring alert triggered", "Incident declared by @maya (SEV-2)");
    assertThat(timeline.get(0).at()).isEqualTo(Instant.parse("2026-03-12T14:23:00Z"));
    assertThat(timeline.get(1).at()).isEqualTo(Instant.parse("2026-03-12T14:40:00Z"));
    assertThat(timeline).allSatisfy(e -> assertThat(e.author()).isEqualTo(MAYA));
    assertThat(timeline).allSatisfy(e -> assertThat(e.source()).isEqualTo(EntrySource.COMMAND));
    assertThat(fixture.incident("AI-IR-2026-001").detectedAt())
        .isEqualTo(Instant.parse("2026-03-12T14:23:00Z"));
  }

  @Test
  void detectedTimeInTheFutureIsRefusedAndChangesNothing() {
    Reply reply = fixture.run("declare broken --detected 2026-03-13T10:00Z");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).isEqualTo("--detected 2026-03-13T10:00Z is in the future.");
    assertThat(fixture.snapshot().rows()).isEmpty();
  }

  @Test
  void modelMustBeNameAtVersion() {
    Reply reply = fixture.run("declare broken --model assistant");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).contains("NAME@VERSION");
    assertThat(fixture.snapshot().rows()).isEmpty();
  }

  @Test
  void aSecondIncidentInABoundChannelNeedsItsId() {
    fixture.run("declare first");
    Reply second = fixture.run("declare second");
    fixture.run("log still about the first");

    assertThat(second.plainText()).contains("add --id AI-IR-2026-002");
    assertThat(fixture.timeline("AI-IR-2026-001"))
        .extracting(TimelineEntry::kind)
        .contains(EntryKind.NOTE);
    assertThat(fixture.timeline("AI-IR-2026-002"))
        .extracting(TimelineEntry::kind)
        .doesNotContain(EntryKind.NOTE);
  }

  @Test
  void listShowsOpenIncidentsWithSeverityAndAge() {
    fixture.run("declare first --sev 1");
    fixture.clock.advance(java.time.Duration.ofMinutes(90));

    assertThat(fixture.run("list").plainText())
        .contains("AI-IR-2026-001 · SEV-1 · investigating · 1 hour 30 minutes · first");
  }

  @Test
  void commandsWithoutAnIncidentAreRefusedWithTheWayOut() {
    Reply reply = fixture.run("status");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).contains("--id AI-IR-2026-042");
  }
}
