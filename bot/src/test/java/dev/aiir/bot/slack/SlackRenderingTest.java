package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.grammar.CommandParser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackRenderingTest {
  @Test
  void aMessageBecomesABoldTitleFieldsAndLinesAllVerbatim() {
    SlackMessage rendered =
        BlockKit.render(
            Message.of(
                "Incident AI-IR-2026-001 declared: <b>",
                List.of(new Field("Severity", "SEV-2"), new Field("Commander", "@maya")),
                List.of("Next: `/incident ack`")));

    assertThat(rendered.blocks()).hasSize(3);
    SectionBlock title = (SectionBlock) rendered.blocks().get(0);
    assertThat(title.getText().getText())
        .isEqualTo("*Incident AI-IR-2026-001 declared: &lt;b&gt;*");
    assertThat(((MarkdownTextObject) title.getText()).getVerbatim()).isTrue();
    assertThat(((SectionBlock) rendered.blocks().get(1)).getFields())
        .extracting(f -> f.getText())
        .containsExactly("*Severity*\nSEV-2", "*Commander*\n@maya");
    assertThat(rendered.text())
        .isEqualTo(
            "Incident AI-IR-2026-001 declared: &lt;b&gt;\nSeverity: SEV-2\nCommander: @maya\n"
                + "Next: `/incident ack`");
  }

  @Test
  void longTextIsSplitBetweenLinesWithinSlacksSectionLimit() {
    List<String> lines = Collections.nCopies(200, "- 14:23 UTC - " + "x".repeat(60));

    SlackMessage rendered = BlockKit.render(Message.of("", List.of(), lines));

    assertThat(rendered.blocks()).hasSizeGreaterThan(1);
    assertThat(rendered.blocks())
        .allSatisfy(
            b ->
                assertThat(((SectionBlock) b).getText().getText().length())
                    .isLessThanOrEqualTo(BlockKit.MAX_SECTION_TEXT));
  }

  @Test
  void aMessageTooBigForBlocksGoesAsTextAlone() {
    List<String> lines = Collections.nCopies(60, "y".repeat(2999));

    SlackMessage rendered = BlockKit.render(Message.of("", List.of(), lines));

    assertThat(rendered.blocks()).isEmpty();
    assertThat(rendered.text()).hasSizeLessThanOrEqualTo(BlockKit.MAX_TEXT + 2);
  }

  @Test
  void slackMarkupInAMessageReadsAsAPersonWouldSeeIt() {
    Map<String, String> names = Map.of("U1", "maya");

    String text =
        SlackText.readable(
            "<@U1> rolled back, see <https://dash|dashboard> in <#C9|ops> &amp; <!here> a &lt; b",
            id -> names.getOrDefault(id, id));

    assertThat(text)
        .isEqualTo("@maya rolled back, see dashboard (https://dash) in #ops & @here a < b");
  }

  @Test
  void channelNamesGetANumberOnCollisionAndStayWithinEightyCharacters() {
    String long80 = "inc-2026-042-" + "a".repeat(67);

    assertThat(SlackChannelNames.candidate("inc-2026-042-drift", 1))
        .isEqualTo("inc-2026-042-drift");
    assertThat(SlackChannelNames.candidate("inc-2026-042-drift", 2))
        .isEqualTo("inc-2026-042-drift-2");
    assertThat(SlackChannelNames.candidate(long80, 12)).hasSize(80).endsWith("-12");
  }

  @Test
  void draftingAndExportingAreSlowAndEverythingElseIsNot() {
    // The slash command asks the line it read, as IncidentSlashCommand does.
    CommandParser parser = new CommandParser();
    assertThat(parser.parse("pir draft").slow()).isTrue();
    assertThat(parser.parse("  PIR export md").slow()).isTrue();
    assertThat(parser.parse("pir done https://x").slow()).isFalse();
    assertThat(parser.parse("log pir draft is late").slow()).isFalse();
  }

  @Test
  void aMessageTsIsItsTimeToTheMicrosecond() {
    assertThat(SlackTs.toInstant("1773325900.000200"))
        .isEqualTo(java.time.Instant.ofEpochSecond(1773325900, 200_000));
  }
}
