package dev.aiir.commands.pir;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PirExportAndDoneTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void declare() {
    fixture.run("declare drift <!channel> --sev 2 --detected 14:23");
    fixture.run("impact \"quotes\" and \\ backslashes\nand a second line");
  }

  @Test
  void exportAttachesTheMarkdownDraft() {
    Reply reply = fixture.run("pir export");

    Attachment file = reply.file().orElseThrow();
    assertThat(reply.plainText()).isEqualTo("PIR draft of AI-IR-2026-001: AI-IR-2026-001-pir.md");
    assertThat(file.filename()).isEqualTo("AI-IR-2026-001-pir.md");
    assertThat(file.mediaType()).isEqualTo("text/markdown");
    assertThat(file.content())
        .startsWith("# Post-Incident Review: drift")
        .doesNotContain("<!channel>");
  }

  @Test
  void exportAsJsonCarriesTheSameFactsEscaped() {
    Attachment file = fixture.run("pir export json").file().orElseThrow();

    assertThat(file.filename()).isEqualTo("AI-IR-2026-001-pir.json");
    assertThat(file.content())
        .startsWith("{\"incidentId\":\"AI-IR-2026-001\",\"title\":\"drift <\u200B!channel>\"")
        .contains("\"severity\":\"SEV-2\"")
        .contains("\"detectedAt\":\"2026-03-12T14:23:00Z\"")
        .contains("\"impact\":\"\\\"quotes\\\" and \\\\ backslashes\\nand a second line\"")
        .contains("{\"at\":\"2026-03-12T14:23:00Z\",\"text\":\"Monitoring alert triggered\"")
        .endsWith("}");
  }

  @Test
  void anUnknownExportFormatIsRefused() {
    StoreSnapshot before = fixture.snapshot();

    Reply reply = fixture.run("pir export pdf");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).startsWith("Export format is md or json, not 'pdf'.");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }

  @Test
  void pirDoneRecordsTheLinkAndClosesTheIncident() {
    fixture.clock.advance(Duration.ofHours(2));
    fixture.run("resolve");

    Reply done = fixture.run("pir done https://wiki.example.com/pir/1");

    assertThat(done.plainText())
        .isEqualTo(
            "AI-IR-2026-001: PIR completed (https://wiki.example.com/pir/1). The incident is closed.");
    assertThat(fixture.incident("AI-IR-2026-001").state()).isEqualTo(IncidentState.CLOSED);
    assertThat(fixture.incident("AI-IR-2026-001").pirLink())
        .isEqualTo("https://wiki.example.com/pir/1");
    assertThat(fixture.run("log too late").plainText())
        .isEqualTo("AI-IR-2026-001 is closed; its record can no longer change.");
  }

  @Test
  void pirDoneBeforeResolutionIsRefused() {
    Reply reply = fixture.run("pir done https://wiki.example.com/pir/1");

    assertThat(reply.refused()).isTrue();
    assertThat(reply.plainText()).startsWith("Resolve AI-IR-2026-001 first");
  }

  @Test
  void pirDoneNeedsALinkAndTheRightPerson() {
    fixture.run("resolve");
    StoreSnapshot before = fixture.snapshot();

    assertThat(fixture.run("pir done soon").plainText()).contains("takes the review's link");
    assertThat(fixture.as(LEE, "pir done https://wiki.example.com/pir/1").plainText())
        .startsWith("Only the commander (@maya) or an incident admin can complete the PIR of");
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
