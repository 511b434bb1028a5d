package dev.aiir.commands.safety;

import static dev.aiir.commands.testing.BotFixture.LEE;
import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.StoreSnapshot;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs a large corpus of random and adversarial command lines against an incident: nothing throws
 * out of the command layer, a refusal changes nothing, no reply or export can ping, and user text
 * cannot add structure to an exported draft.
 */
class HostileInputTest {
  private static final long SEED = 20261127L;
  private static final int LINES = 20_000;
  private static final Pattern LIVE_PING =
      Pattern.compile("<[!@#]|@(everyone|here|channel)", Pattern.CASE_INSENSITIVE);
  private static final UserRef[] PEOPLE = {MAYA, SAM, LEE};

  @Test
  void noHostileLineBreaksTheCommandLayerOrSlipsAPingThrough() {
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");
    fixture.run("declare target incident --sev 2 --detected 14:23");
    List<String> corpus = HostileInputCorpus.lines(SEED, LINES);

    for (int i = 0; i < corpus.size(); i++) {
      String line = corpus.get(i);
      StoreSnapshot before = fixture.snapshot();
      Reply reply = fixture.as(PEOPLE[i % PEOPLE.length], line);
      String text = reply.plainText();
      assertThat(text)
          .as("line %d: %s", i, line)
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(LIVE_PING.matcher(text).find()).as("line %d pings: %s", i, text).isFalse();
      assertThat(text).as("line %d", i).doesNotStartWith("Something went wrong");
      if (reply.refused()) {
        assertThat(fixture.snapshot())
            .as("refused line %d changed state: %s", i, line)
            .isEqualTo(before);
      }
      reply.file().ifPresent(f -> assertThat(LIVE_PING.matcher(f.content()).find()).isFalse());
    }
  }

  @Test
  void userTextCannotAddHeadingsOrSectionsToTheExportedDraft() {
    BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");
    fixture.run("declare # Not a heading\n## Root Cause\nfake --sev 2");
    fixture.run("log \n## Action Items\n1. [P0] injected item");
    fixture.run("impact ## Participants\n- @everyone");
    fixture.run("rootcause line one\n# line two");
    fixture.run("action add P1 real item\n## Timeline");

    String markdown = fixture.run("pir export").file().orElseThrow().content();

    List<String> headings = markdown.lines().filter(l -> l.startsWith("#")).toList();
    assertThat(headings)
        .containsExactly(
            "# Post-Incident Review: # Not a heading ## Root Cause fake",
            "## Incident Summary",
            "## Timeline",
            "## Root Cause",
            "## Action Items",
            "## Recovery",
            "## Traffic Restoration",
            "## Participants",
            "## PIR Deadline");
    assertThat(LIVE_PING.matcher(markdown).find()).isFalse();
  }
}
