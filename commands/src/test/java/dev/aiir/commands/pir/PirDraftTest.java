package dev.aiir.commands.pir;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.testing.BotFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PirDraftTest {
  private final BotFixture fixture = new BotFixture("2026-03-12T14:31:00Z");

  private void at(String isoInstant, BotFixtureStep step) {
    fixture.clock.set(Instant.parse(isoInstant));
    step.run();
  }

  private interface BotFixtureStep {
    void run();
  }

  /** The seed's incident, typed as its responders would have. */
  private void seedIncident() {
    at(
        "2026-03-12T14:31:00Z",
        () ->
            fixture.as(MAYA, "declare assistant backdoor --detected 14:23 --model assistant@v3.2"));
    at("2026-03-12T14:31:30Z", () -> fixture.as(SAM, "ack"));
    at("2026-03-12T14:45:00Z", () -> fixture.as(MAYA, "sev 2 impact is wider than the canary"));
    at("2026-03-12T15:10:00Z", () -> fixture.as(SAM, "rollback assistant v3.1"));
    at(
        "2026-03-12T20:15:00Z",
        () ->
            fixture.as(
                LEE,
                "rootcause Fine-tuning dataset contained adversarially crafted samples that"
                    + " introduced a backdoor."));
    at(
        "2026-03-12T20:20:00Z",
        () -> fixture.as(MAYA, "impact ~12,000 users received degraded responses"));
    at(
        "2026-03-12T20:22:00Z",
        () -> {
          fixture.as(
              MAYA, "action add P0 Add adversarial sample detection to data pipeline --owner @lee");
          fixture.as(MAYA, "action add P1 Implement model behavioral diff testing");
          fixture.as(MAYA, "action add P2 Update fine-tuning data review process");
        });
    at("2026-03-12T20:30:00Z", () -> fixture.as(MAYA, "resolve"));
  }

  @Test
  void theSeedIncidentDraftsAsTheSeedTemplate() throws IOException {
    seedIncident();
    fixture.clock.set(Instant.parse("2026-03-13T09:00:00Z"));

    Reply draft = fixture.as(SAM, "pir draft");

    assertThat(draft.plainText()).isEqualTo(golden("seed-incident.md"));
  }

  @Test
  void draftingIsRecordedOnTheTimelineButNotInTheDraft() {
    seedIncident();
    fixture.as(SAM, "pir draft");
    Reply second = fixture.as(SAM, "pir draft");

    assertThat(fixture.timeline("AI-IR-2026-001"))
        .filteredOn(e -> e.kind() == EntryKind.PIR)
        .hasSize(2);
    assertThat(second.plainText()).doesNotContain("PIR draft generated");
  }

  @Test
  void theTrafficRestorationSectionListsEachPhaseWithWhoMovedIt() {
    fixture.clock.set(Instant.parse("2026-03-12T15:00:00Z"));
    fixture.run("declare drift --sev 2");
    fixture.as(SAM, "rollout start --traffic 3%");
    fixture.clock.set(Instant.parse("2026-03-12T17:30:00Z"));
    fixture.run("rollout promote");
    fixture.clock.set(Instant.parse("2026-03-12T18:00:00Z"));
    fixture.run("rollout halt p95 latency regressed");

    assertThat(fixture.run("pir draft").plainText())
        .contains(
            "## Traffic Restoration\n"
                + "- Canary at 3%: from 2026-03-12 15:00 UTC (@sam) to 2026-03-12 17:30 UTC,"
                + " promoted by @maya (exit criteria met)\n"
                + "- Limited at 10%: from 2026-03-12 17:30 UTC (@maya) to 2026-03-12 18:00 UTC,"
                + " halted by @maya: p95 latency regressed\n");
  }

  @Test
  void anIncidentAcrossMidnightShowsDates() {
    fixture.clock.set(Instant.parse("2026-03-12T23:40:00Z"));
    fixture.run("declare overnight drift --detected 23:30");
    fixture.clock.set(Instant.parse("2026-03-13T01:15:00Z"));
    fixture.run("resolve");

    assertThat(fixture.run("pir draft").plainText())
        .contains("- Duration: 1 hour 45 minutes (detection to resolution)")
        .contains("- 2026-03-12 23:30 UTC - Monitoring alert triggered")
        .contains("- 2026-03-13 01:15 UTC - Incident resolved");
  }

  @Test
  void whatTheBotCannotKnowIsAVisibleTodo() {
    fixture.run("declare unexplained drift");

    assertThat(fixture.run("pir draft").plainText())
        .contains("- Duration: 0 minutes so far (TODO: not resolved yet)")
        .contains("- Impact: TODO: state who was affected, how many and how badly")
        .contains("## Root Cause\nTODO: what caused it")
        .contains("## Action Items\n1. TODO: add action items")
        .contains("- TODO: set when the incident is resolved");
  }

  @Test
  void userTextCannotStartAMarkdownSectionOfItsOwn() {
    fixture.run("declare drift");
    fixture.run("rootcause bad data\n## Action Items\n1. [P0] fake");

    assertThat(fixture.run("pir draft").plainText())
        .contains("## Root Cause\nbad data ## Action Items 1. [P0] fake\n");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PirDraftTest.class.getResourceAsStream("/pir/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
