package dev.aiir.commands.pir;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.NotInWorkspace;
import dev.aiir.commands.testing.BotFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryMergeTest {
  private static final UserRef MONITOR = new UserRef("B01", "monitoring");
  private static final UserRef AIIR = new UserRef("B02", "aiir");
  private static final UserRef LEE = new UserRef("U03", "lee");
  private final BotFixture fixture = new BotFixture("2026-03-12T14:31:00Z");
  private int ids;

  private HistoryMessage said(String hhmm, UserRef who, String text, String... reactions) {
    return new HistoryMessage(
        "m" + ++ids,
        Instant.parse("2026-03-12T" + hhmm + ":00Z"),
        who,
        who == MONITOR || who == AIIR,
        text,
        Set.of(reactions),
        null);
  }

  private void at(String hhmm) {
    fixture.clock.set(Instant.parse("2026-03-12T" + hhmm + ":00Z"));
  }

  @Test
  void historyAddsKeyEventsTheRecordLacksAtTheirOwnTime() {
    fixture.run("declare assistant backdoor --sev 3");
    at("14:32");
    fixture.as(SAM, "ack");
    fixture.chat.withHistory(
        List.of(
            said("14:23", MONITOR, ":rotating_light: [FIRING] answer quality below threshold"),
            said("14:32", AIIR, "AI-IR-2026-001: On-call engineer confirmed (@sam)"),
            said("14:38", SAM, "seeing it on the eval canary too"),
            said("14:45", MAYA, "Upgrading to SEV-2, impact is wider than the canary slice."),
            said("15:10", SAM, "Rolled back the model to v3.1, traffic is on v3.1 now.", "pushpin"),
            said("15:40", MAYA, "quality score recovering after the rollback")),
        2);
    at("16:00");

    String draft = fixture.run("pir draft").plainText();

    assertThat(draft)
        .contains(
            "## Timeline\n"
                + "- 14:23 UTC - Monitoring alert triggered: [FIRING] answer quality below"
                + " threshold (@monitoring, message m1)\n"
                + "- 14:31 UTC - Incident declared by @maya (SEV-3)\n"
                + "- 14:32 UTC - On-call engineer confirmed (@sam)\n"
                + "- 14:45 UTC - Severity upgraded to SEV-2 (@maya, message m4)\n"
                + "- 15:10 UTC - Mitigation: Rolled back the model to v3.1, traffic is on v3.1 now."
                + " (@sam, message m5)\n")
        .contains("- Duration: 1 hour 37 minutes so far (TODO: not resolved yet)")
        .doesNotContain("seeing it")
        .doesNotContain("recovering");
    assertThat(draft).containsOnlyOnce("On-call engineer confirmed");
    assertThat(fixture.chat.historyCalls()).isEqualTo(3);
  }

  @Test
  void eventsAlreadyOnTheRecordAreNotRepeated() {
    fixture.run("declare drift --detected 14:23");
    at("14:45");
    fixture.run("sev 2");
    fixture.chat.withHistory(
        List.of(
            said("14:23", MONITOR, "[FIRING] drift on embeddings"),
            said("14:46", MAYA, "upgrading to sev-2 as said")),
        50);

    String draft = fixture.run("pir draft").plainText();

    assertThat(draft).containsOnlyOnce("Monitoring alert triggered");
    assertThat(draft).containsOnlyOnce("Severity upgraded to SEV-2");
  }

  @Test
  void aRootCauseStatedInTheChannelIsQuotedWhenNoneWasRecorded() {
    fixture.run("declare drift");
    fixture.chat.withHistory(
        List.of(
            said(
                "14:30",
                LEE,
                "Root cause identified: the fine-tuning dataset contained poisoned samples")),
        50);
    at("15:00");

    assertThat(fixture.run("pir draft").plainText())
        .contains(
            "## Root Cause\nThe fine-tuning dataset contained poisoned samples\n"
                + "(As stated by @lee at 14:30 UTC, message m1; TODO: confirm.)");
  }

  @Test
  void peopleWhoSpokeInTheChannelAreParticipants() {
    fixture.run("declare drift");
    fixture.chat.withHistory(List.of(said("14:35", LEE, "looking at the eval dashboards")), 50);

    assertThat(fixture.run("pir draft").plainText())
        .contains("## Participants\n- @maya (commander)\n- @lee\n");
  }

  @Test
  void aMentionInChannelTextStaysInertInTheDraftPostedToChat() {
    fixture.run("declare drift");
    fixture.chat.withHistory(
        List.of(said("14:40", LEE, "<!channel> @everyone rolled back to v3.1", "pushpin")), 50);

    Reply draft = fixture.run("pir draft");

    assertThat(draft.plainText()).doesNotContain("<!channel>").doesNotContain("@everyone");
  }

  @Test
  void whenHistoryCannotBeReadTheDraftSaysItHoldsTheRecordOnly() {
    fixture.run("declare drift");
    assertThat(fixture.run("pir draft").plainText()).doesNotContain("could not be read");

    fixture.chat.failHistoryWith(new IllegalStateException("ratelimited"));
    assertThat(fixture.run("pir draft").plainText())
        .contains("# Post-Incident Review: drift")
        .endsWith(
            "(The channel's history could not be read just now, so this draft holds the"
                + " recorded timeline only. Try again in a minute.)");
  }

  @Test
  void whereTheBotCannotReadTheWorkspaceTheDraftSaysHowToLetIt() {
    fixture.run("declare drift");
    fixture.chat.failHistoryWith(new NotInWorkspace("invite the bot with the bot scope."));

    assertThat(fixture.run("pir draft").plainText())
        .contains("# Post-Incident Review: drift")
        .endsWith(
            "(This draft holds the recorded timeline only: invite the bot with the bot scope.)");
    assertThat(fixture.run("pir export md").plainText())
        .endsWith(
            "(This draft holds the recorded timeline only: invite the bot with the bot scope.)");
  }

  @Test
  void aLongHistoryIsReadPageByPageWithThreadReplies() {
    fixture.run("declare drift");
    List<HistoryMessage> history = new ArrayList<>();
    for (int i = 0; i < 950; i++) {
      history.add(said("14:40", SAM, "chatter " + i));
    }
    history.add(
        new HistoryMessage(
            "t1",
            Instant.parse("2026-03-12T15:05:00Z"),
            LEE,
            false,
            "root cause found: poisoned samples in the fine-tune set",
            Set.of(),
            "m5"));
    fixture.chat.withHistory(history, 100);

    String draft = fixture.run("pir draft").plainText();

    assertThat(fixture.chat.historyCalls()).isEqualTo(10);
    assertThat(draft).contains("- 15:05 UTC - Root cause identified");
  }
}
