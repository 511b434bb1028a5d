package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static dev.aiir.bot.discord.DiscordJson.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.discord.DiscordHarness.Answer;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordRoundTripTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
  private DiscordHarness harness;

  @BeforeEach
  void connect() throws Exception {
    harness = new DiscordHarness(dir, clock);
  }

  @AfterEach
  void disconnect() throws Exception {
    harness.close();
  }

  @Test
  void anIncidentRunsFromDeclarationToItsReviewThroughInteractions() {
    Answer declared =
        harness.run(
            MAYA,
            Slash.of("declare")
                .with("title", "Assistant answers degraded")
                .with("severity", 3)
                .with("detected", "14:23")
                .with("model", "assistant@v3.2"));
    Answer logged = harness.run(SAM, Slash.of("log").with("text", "p50 dropped to 0.61 @everyone"));
    Answer upgraded = harness.run(MAYA, Slash.of("sev").with("level", 2).with("reason", "wider"));
    Answer status = harness.run(SAM, Slash.of("status"));
    Answer resolved = harness.run(MAYA, Slash.of("resolve").with("summary", "back on v3.1"));
    Answer export = harness.run(MAYA, Slash.of("pir", "export"));

    assertThat(declared.ephemeral()).isFalse();
    assertThat(declared.text())
        .contains("Incident AI-IR-2026-001 declared: Assistant answers degraded")
        .contains("Severity: SEV-3")
        .contains("Commander: @maya")
        .contains("Model: assistant@v3.2");
    assertThat(logged.text())
        .isEqualTo(
            "Logged on AI-IR-2026-001 at 14:40 UTC by @sam: p50 dropped to 0.61 @\u200Beveryone");
    assertThat(upgraded.text()).isEqualTo("AI-IR-2026-001: Severity upgraded to SEV-2: wider");
    assertThat(status.text())
        .contains("Severity: SEV-2")
        .contains("14:23 UTC - Monitoring alert triggered");
    assertThat(resolved.text()).startsWith("AI-IR-2026-001 resolved");
    assertThat(export.deferred()).isTrue();
    assertThat(export.ephemeral()).isFalse();
    assertThat(export.text()).startsWith("PIR draft of AI-IR-2026-001: AI-IR-2026-001-pir.md");
    assertThat(export.files()).containsOnlyKeys("AI-IR-2026-001-pir.md");
    assertThat(export.files().get("AI-IR-2026-001-pir.md"))
        .startsWith("# Post-Incident Review: Assistant answers degraded")
        .contains("- 14:23 UTC - Monitoring alert triggered");
    assertThat(harness.logs.problems()).isEmpty();
  }

  @Test
  void aDeferredDraftCompletesThroughTheHookAndReadsTheChannelsHistory() {
    harness.run(MAYA, Slash.of("declare").with("title", "Assistant answers degraded"));

    Answer draft = harness.run(MAYA, Slash.of("pir", "draft"));

    assertThat(draft.deferred()).isTrue();
    assertThat(draft.text()).contains("# Post-Incident Review: Assistant answers degraded");
    assertThat(harness.discord.calls())
        .anyMatch(c -> c.is("GET", "channels/" + DiscordJson.CHANNEL_ID + "/messages"));
  }

  @Test
  void aDeferredAnswerDiscordRefusesIsFollowedByAPrivateNoteThatTheWorkIsSaved() {
    harness.run(MAYA, Slash.of("declare").with("title", "Assistant answers degraded"));
    harness.discord.failNext("PATCH webhooks/\\d+/[^/]+/messages/@original", 1);
    harness.logs.allow("an answer failed to post after its work was done");

    harness.slash(MAYA, Slash.of("pir", "draft"));
    RestCall note =
        harness.discord.await(
            c -> c.is("POST", "webhooks/\\d+/[^/]+") && c.text().contains("entry is saved"));

    assertThat(note.ephemeral()).isTrue();
    assertThat(note.text())
        .containsPattern("The entry is saved; the reply failed to post \\(ref [0-9a-f]{8}\\)");
    List<TimelineEntry> timeline =
        harness
            .database
            .incidents()
            .inTransaction(
                DiscordHarness.TENANT, tx -> tx.timeline().of(new IncidentId("AI-IR-2026-001")));
    assertThat(timeline).extracting(TimelineEntry::text).contains("PIR draft generated");
  }

  @Test
  void aReplyOverTwoThousandCharactersFollowsUpInParts() {
    harness.run(MAYA, Slash.of("declare").with("title", "Assistant answers degraded"));
    for (int i = 0; i < 30; i++) {
      harness.run(
          SAM,
          Slash.of("log").with("text", "observation " + i + " of the canary: " + "x".repeat(60)));
    }

    Answer draft = harness.run(MAYA, Slash.of("pir", "draft"));
    RestCall followUp =
        harness.discord.await(
            c -> c.is("POST", "webhooks/\\d+/[^/]+") && c.text().contains("observation 29"));

    assertThat(draft.text()).contains("observation 0 of the canary").hasSizeLessThan(2100);
    assertThat(followUp.text()).hasSizeLessThanOrEqualTo(2000);
  }

  @Test
  void everyMessageTheBotSendsAllowsNoMentions() {
    harness.run(MAYA, Slash.of("declare").with("title", "GPU OOM <@&930000000000000001>"));
    harness.run(MAYA, Slash.of("pir", "draft"));

    assertThat(harness.discord.calls())
        .filteredOn(c -> c.is("POST", "interactions/.*") || c.path().startsWith("webhooks/"))
        .filteredOn(c -> !c.json().isEmpty())
        .allSatisfy(
            call -> {
              var body = call.body();
              var message = body.hasKey("data") ? body.getObject("data") : body;
              if (message.hasKey("content") || message.hasKey("embeds")) {
                assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                    .as(call.path())
                    .isZero();
              }
            });
  }
}
