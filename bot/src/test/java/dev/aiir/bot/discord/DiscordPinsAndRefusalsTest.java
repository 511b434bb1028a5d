package dev.aiir.bot.discord;

import static dev.aiir.bot.discord.DiscordJson.CHANNEL_ID;
import static dev.aiir.bot.discord.DiscordJson.LEE;
import static dev.aiir.bot.discord.DiscordJson.MAYA;
import static dev.aiir.bot.discord.DiscordJson.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.discord.DiscordHarness.Answer;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.MutableClock;
import dev.aiir.commands.testing.StoreSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordPinsAndRefusalsTest {
  private static final IncidentId FIRST = new IncidentId("AI-IR-2026-001");
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-03-12T14:40:00Z");
  private DiscordHarness harness;

  @BeforeEach
  void connect() throws Exception {
    harness = new DiscordHarness(dir, clock);
    harness.run(MAYA, Slash.of("declare").with("title", "Assistant answers degraded"));
  }

  @AfterEach
  void disconnect() throws Exception {
    harness.close();
  }

  private List<TimelineEntry> timeline() {
    return harness
        .database
        .incidents()
        .inTransaction(DiscordHarness.TENANT, tx -> tx.timeline().of(FIRST));
  }

  private List<TimelineEntry> pins() {
    return timeline().stream().filter(e -> e.kind() == EntryKind.PIN).toList();
  }

  @Test
  void aPinReactionPutsTheMessageOnTheTimelineOnceAtItsOwnTime() {
    Instant written = Instant.parse("2026-03-12T14:31:07Z");
    DataObject message =
        harness.discord.seedMessage(CHANNEL_ID, LEE, "eval canary p50 0.61 < 0.80", written);
    String id = message.getString("id");

    harness
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_ADD", DiscordJson.reaction(SAM, CHANNEL_ID, id, LEE.id()));
    RestCall confirmation =
        harness.discord.await(c -> c.is("POST", "channels/" + CHANNEL_ID + "/messages"));
    harness
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_ADD", DiscordJson.reaction(MAYA, CHANNEL_ID, id, LEE.id()));
    Awaitility.await()
        .atMost(FakeDiscord.WAIT)
        .until(
            () ->
                harness.discord.calls().stream()
                        .filter(c -> c.is("GET", "channels/\\d+/messages/" + id))
                        .count()
                    == 2);

    assertThat(confirmation.text())
        .isEqualTo(
            "Pinned to the timeline of AI-IR-2026-001 at 14:31 UTC: eval canary p50 0.61 < 0.80 (@lee)");
    Awaitility.await()
        .during(Duration.ofMillis(200))
        .atMost(FakeDiscord.WAIT)
        .until(() -> pins().size() == 1);
    TimelineEntry pin = pins().get(0);
    assertThat(pin.at()).isEqualTo(written);
    assertThat(pin.author().id()).isEqualTo(LEE.id());
    assertThat(pin.source()).isEqualTo(EntrySource.REACTION);
    assertThat(pin.text()).isEqualTo("eval canary p50 0.61 < 0.80");
  }

  @Test
  void removingThePinReactionRecordsTheUnpinByItsAuthor() {
    String id =
        harness
            .discord
            .seedMessage(CHANNEL_ID, LEE, "rolled back", Instant.parse("2026-03-12T14:35:00Z"))
            .getString("id");
    harness
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_ADD", DiscordJson.reaction(SAM, CHANNEL_ID, id, LEE.id()));
    Awaitility.await().atMost(FakeDiscord.WAIT).until(() -> pins().size() == 1);

    harness
        .discord
        .gateway()
        .dispatch("MESSAGE_REACTION_REMOVE", DiscordJson.reactionRemoved(SAM, CHANNEL_ID, id));

    Awaitility.await()
        .atMost(FakeDiscord.WAIT)
        .until(() -> timeline().stream().anyMatch(e -> e.kind() == EntryKind.UNPIN));
    assertThat(timeline())
        .filteredOn(e -> e.kind() == EntryKind.UNPIN)
        .singleElement()
        .satisfies(unpin -> assertThat(unpin.author().id()).isEqualTo(SAM.id()));
  }

  @Test
  void aPinOutsideAnIncidentsChannelIsQuietlyLeftOut() {
    String id =
        harness
            .discord
            .seedMessage(
                DiscordJson.OTHER_CHANNEL_ID, LEE, "lunch?", Instant.parse("2026-03-12T14:35:00Z"))
            .getString("id");

    harness
        .discord
        .gateway()
        .dispatch(
            "MESSAGE_REACTION_ADD",
            DiscordJson.reaction(SAM, DiscordJson.OTHER_CHANNEL_ID, id, LEE.id()));
    harness.discord.await(c -> c.is("GET", "channels/\\d+/messages/" + id));

    Awaitility.await()
        .during(Duration.ofMillis(200))
        .atMost(FakeDiscord.WAIT)
        .until(() -> pins().isEmpty());
    assertThat(harness.discord.calls()).noneMatch(c -> c.is("POST", "channels/\\d+/messages"));
  }

  @Test
  void aBadOptionGetsAPrivateErrorAndChangesNothing() {
    StoreSnapshot before = StoreSnapshot.of(harness.database.incidents(), DiscordHarness.TENANT);

    Answer badTime =
        harness.run(SAM, Slash.of("log").with("text", "it broke").with("at", "yesterday"));
    Answer badId = harness.run(SAM, Slash.of("status").with("id", "INC-7"));
    Answer notAllowed = harness.run(SAM, Slash.of("resolve"));

    assertThat(badTime.ephemeral()).isTrue();
    assertThat(badTime.text())
        .isEqualTo("Time is HH:MM or ISO-8601 such as 2026-03-12T14:23Z, not 'yesterday'.");
    assertThat(badId.ephemeral()).isTrue();
    assertThat(badId.text())
        .isEqualTo("'INC-7' is not an incident id; ids look like AI-IR-2026-042.");
    assertThat(notAllowed.ephemeral()).isTrue();
    assertThat(notAllowed.text()).contains("@maya");
    assertThat(StoreSnapshot.of(harness.database.incidents(), DiscordHarness.TENANT))
        .isEqualTo(before);
  }

  @Test
  void helpIsPrivateAndSpeaksInDiscordsOptions() {
    Answer all = harness.run(SAM, Slash.of("help"));
    Answer one = harness.run(SAM, Slash.of("help").with("topic", "log"));

    assertThat(all.ephemeral()).isTrue();
    assertThat(all.text())
        .contains("`/incident declare [title:] [severity:] [detected:] [model:]`");
    assertThat(one.ephemeral()).isTrue();
    assertThat(one.text())
        .startsWith("/incident log text: [at:] [id:]")
        .contains("`text` (required) - the note");
  }

  @Test
  void anAdminRoleLetsSomeoneWhoIsNotCommanderChangeTheSeverity() {
    harness.run(SAM, Slash.of("declare").with("title", "second").with("severity", 4));

    Answer byAdmin =
        harness.run(MAYA, Slash.of("sev").with("level", 3).with("id", "AI-IR-2026-002"));

    assertThat(byAdmin.ephemeral()).isFalse();
    assertThat(byAdmin.text()).isEqualTo("AI-IR-2026-002: Severity upgraded to SEV-3");
  }

  @Test
  void someoneWhoIsNeitherCommanderNorAdminIsRefusedPrivatelyAndToldWhoMay() {
    harness.run(SAM, Slash.of("declare").with("title", "third").with("severity", 4));

    Answer refused = harness.run(LEE, Slash.of("resolve").with("id", "AI-IR-2026-002"));

    assertThat(refused.ephemeral()).isTrue();
    assertThat(refused.text())
        .contains("Only the commander (@")
        .contains("or an incident admin can");
  }
}
