package dev.aiir.commands.model;

import static dev.aiir.commands.testing.BotFixture.CHANNEL;
import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.timeline.PinMessage;
import dev.aiir.commands.timeline.UnpinMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinsTest {
  private static final String ID = "AI-IR-2026-001";
  private static final Instant SAID_AT = Instant.parse("2026-03-12T14:31:40Z");
  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  @BeforeEach
  void declare() {
    fixture.run("declare drift --detected 14:23");
  }

  private Reply pin(String messageId, UserRef by) {
    return fixture.bot.execute(
        new CommandContext(TENANT, by, CHANNEL, false),
        new PinMessage(CHANNEL, messageId, SAID_AT, SAM, "On-call here, confirmed.", by));
  }

  private Reply unpin(String messageId, UserRef by) {
    return fixture.bot.execute(
        new CommandContext(TENANT, by, CHANNEL, false), new UnpinMessage(CHANNEL, messageId, by));
  }

  private List<TimelineEntry> pins() {
    return fixture.timeline(ID).stream().filter(e -> e.kind() == EntryKind.PIN).toList();
  }

  @Test
  void aPinnedMessageKeepsItsOriginalTimeAndAuthor() {
    Reply reply = pin("1773325900.000002", LEE);

    TimelineEntry entry = pins().get(0);
    assertThat(entry.at()).isEqualTo(SAID_AT);
    assertThat(entry.author()).isEqualTo(SAM);
    assertThat(entry.source()).isEqualTo(EntrySource.REACTION);
    assertThat(entry.text()).isEqualTo("On-call here, confirmed.");
    assertThat(reply.plainText())
        .isEqualTo(
            "Pinned to the timeline of AI-IR-2026-001 at 14:31 UTC: On-call here, confirmed."
                + " (@sam)");
  }

  @Test
  void aPinDeliveredTwiceIsOneEntry() {
    pin("1773325900.000002", LEE);
    Reply again = pin("1773325900.000002", MAYA);

    assertThat(pins()).hasSize(1);
    assertThat(again.refused()).isTrue();
  }

  @Test
  void removingThePinIsRecordedAndTheDraftLeavesTheMessageOut() {
    pin("1773325900.000002", LEE);
    unpin("1773325900.000002", LEE);
    unpin("1773325900.000002", LEE);

    assertThat(fixture.timeline(ID))
        .filteredOn(e -> e.kind() == EntryKind.UNPIN)
        .extracting(TimelineEntry::text)
        .containsExactly("Pin removed by @lee");
    assertThat(fixture.run("pir draft").plainText()).doesNotContain("On-call here");
  }

  @Test
  void aMessagePinnedAgainAfterAnUnpinIsBackInTheDraft() {
    pin("1773325900.000002", LEE);
    unpin("1773325900.000002", LEE);
    pin("1773325900.000002", LEE);

    assertThat(pins()).hasSize(2);
    assertThat(fixture.run("pir draft").plainText())
        .containsOnlyOnce("- 14:31 UTC - On-call here, confirmed. (@sam)");
  }

  @Test
  void pinsInAChannelWithoutAnIncidentChangeNothing() {
    var before = fixture.snapshot();

    Reply reply =
        fixture.bot.execute(
            new CommandContext(TENANT, LEE, "C-other", false),
            new PinMessage("C-other", "1.2", SAID_AT, SAM, "hello", LEE));

    assertThat(reply.refused()).isTrue();
    assertThat(fixture.snapshot()).isEqualTo(before);
  }
}
