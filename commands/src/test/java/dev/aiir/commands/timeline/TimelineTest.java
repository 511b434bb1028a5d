package dev.aiir.commands.timeline;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.BotFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final String ID = "AI-IR-2026-001";
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @Test
  void everyStateChangeAddsAnEntryWithItsAuthor() {
    fixture.as(MAYA, "declare Assistant answers degraded --sev 3");
    fixture.as(SAM, "ack");
    fixture.as(MAYA, "sev 2 wider than the canary");
    fixture.as(MAYA, "role comms @lee");
    fixture.as(SAM, "rollback assistant v3.1 bad fine-tune");
    fixture.as(LEE, "rootcause poisoned fine-tuning samples");
    fixture.as(LEE, "impact ~12,000 users got degraded answers");
    fixture.as(LEE, "recovery done data removed 212 samples");
    fixture.as(SAM, "action add P0 detect adversarial samples");
    fixture.as(SAM, "action done 1");
    fixture.as(MAYA, "sev 3");
    fixture.as(MAYA, "resolve back to baseline");

    assertThat(fixture.timeline(ID))
        .extracting(e -> e.author().displayName(), TimelineEntry::text)
        .containsExactly(
            tuple("maya", "Incident declared by @maya (SEV-3)"),
            tuple("sam", "On-call engineer confirmed (@sam)"),
            tuple("maya", "Severity upgraded to SEV-2: wider than the canary"),
            tuple("maya", "@lee is now comms"),
            tuple("sam", "Model assistant rolled back to v3.1: bad fine-tune"),
            tuple("lee", "Root cause identified"),
            tuple("lee", "Impact updated"),
            tuple("lee", "Recovery step done: Data remediation: removed 212 samples"),
            tuple("sam", "Action item added: [P0] detect adversarial samples"),
            tuple("sam", "Action item 1 done: [P0] detect adversarial samples"),
            tuple("maya", "Severity downgraded to SEV-3"),
            tuple("maya", "Incident resolved: back to baseline"));
  }

  @Test
  void logAtBackdatesToTodayInUtc() {
    fixture.run("declare drift");
    fixture.as(SAM, "log --at 14:23 alert fired on eval canary");

    TimelineEntry note = fixture.timeline(ID).get(0);
    assertThat(note.at()).isEqualTo(Instant.parse("2026-03-12T14:23:00Z"));
    assertThat(note.recordedAt()).isEqualTo(Instant.parse("2026-03-12T14:40:00Z"));
    assertThat(note.text()).isEqualTo("alert fired on eval canary");
    assertThat(note.kind()).isEqualTo(EntryKind.NOTE);
  }

  @Test
  void aClockTimeLaterThanNowMeansYesterday() {
    fixture.clock.set(Instant.parse("2026-03-13T00:10:00Z"));
    fixture.run("declare drift --detected 23:50");

    assertThat(fixture.incident(ID).detectedAt()).isEqualTo(Instant.parse("2026-03-12T23:50:00Z"));
  }

  @Test
  void isoTimesWithOffsetsAreStoredInUtc() {
    fixture.run("declare drift");
    fixture.run("log --at 2026-03-12T15:05+01:00 deploy started");

    assertThat(fixture.timeline(ID).get(0).at()).isEqualTo(Instant.parse("2026-03-12T14:05:00Z"));
  }

  @Test
  void aFutureIsoTimeIsRefused() {
    fixture.run("declare drift");
    var before = fixture.snapshot();

    var reply = fixture.run("log --at 2026-03-12T18:00Z not yet");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).isEqualTo("--at 2026-03-12T18:00Z is in the future.");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void theTimelineIsOrderedByWhenThingsHappened() {
    fixture.run("declare drift");
    fixture.clock.advance(Duration.ofMinutes(5));
    fixture.run("log later note");
    fixture.run("log --at 14:30 earlier note");

    List<String> texts = fixture.timeline(ID).stream().map(TimelineEntry::text).toList();
    assertThat(texts)
        .containsExactly("earlier note", "Incident declared by @maya (SEV-3)", "later note");
  }

  @Test
  void logRepliesWithWhatWasKept() {
    fixture.run("declare drift");

    assertThat(fixture.as(SAM, "log p50 0.61 < 0.80").plainText())
        .isEqualTo("Logged on AI-IR-2026-001 at 14:40 UTC by @sam: p50 0.61 < 0.80");
  }
}
