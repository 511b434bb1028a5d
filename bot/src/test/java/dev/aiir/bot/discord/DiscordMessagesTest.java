package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordMessagesTest {
  private static Message lines(int count) {
    return Message.of(
        "# Post-Incident Review: GPU OOM",
        List.of(),
        IntStream.range(0, count)
            .mapToObj(i -> "- 14:%02d UTC - entry number %d of the timeline".formatted(i % 60, i))
            .toList());
  }

  @Test
  void aShortReplyIsOneEmbedWithItsTitleAndFields() {
    Reply reply =
        Reply.toChannel(
            Message.of(
                "Incident AI-IR-2026-001 declared",
                List.of(new Message.Field("Severity", "SEV-2")),
                List.of("Next: ack")));

    List<MessageCreateData> parts = DiscordMessages.render(reply);

    assertThat(parts)
        .singleElement()
        .satisfies(
            part -> {
              assertThat(part.getEmbeds())
                  .singleElement()
                  .satisfies(
                      embed -> {
                        assertThat(embed.getTitle()).isEqualTo("Incident AI-IR-2026-001 declared");
                        assertThat(embed.getFields())
                            .extracting(f -> f.getName() + "=" + f.getValue())
                            .containsExactly("Severity=SEV-2");
                        assertThat(embed.getDescription()).isEqualTo("Next: ack");
                      });
              assertThat(part.getFiles()).isEmpty();
            });
  }

  @Test
  void textOverTwoThousandCharactersIsSplitAtLineBreaks() {
    List<MessageCreateData> parts = DiscordMessages.render(lines(100));

    assertThat(parts).hasSizeBetween(2, DiscordMessages.MAX_PARTS);
    assertThat(parts)
        .allSatisfy(
            p -> assertThat(p.getEmbeds().get(0).getDescription()).hasSizeLessThanOrEqualTo(2000));
    assertThat(parts.get(1).getEmbeds().get(0).getDescription()).startsWith("- 14:");
  }

  @Test
  void textTooLongForAFewMessagesIsSentAsAMarkdownFile() {
    List<MessageCreateData> parts = DiscordMessages.render(lines(400));

    assertThat(parts)
        .singleElement()
        .satisfies(
            part -> {
              assertThat(part.getFiles())
                  .singleElement()
                  .satisfies(
                      f -> assertThat(f.getName()).isEqualTo("post-incident-review-gpu-oom.md"));
              assertThat(part.getEmbeds().get(0).getDescription()).contains("attached");
            });
  }

  @Test
  void aReplysAttachmentTravelsWithItsFirstMessage() {
    Reply reply =
        Reply.toChannel("PIR exported")
            .with(new Attachment("AI-IR-2026-001-pir.md", "text/markdown", "# PIR"));

    assertThat(DiscordMessages.render(reply).get(0).getFiles())
        .extracting(f -> f.getName())
        .containsExactly("AI-IR-2026-001-pir.md");
  }

  @Test
  void aRefusalIsMarkedInItsColour() {
    assertThat(DiscordMessages.render(Reply.refusal("no")).get(0).getEmbeds().get(0).getColorRaw())
        .isEqualTo(0xE67E22);
  }

  @Test
  void choicesAreButtonsUnderTheLastPartFiveToARow() {
    List<Choice> choices =
        IntStream.range(0, 7)
            .mapToObj(
                i ->
                    new Choice(
                        "aiir:status:AI-IR-2026-001:" + i,
                        i == 0 ? "L".repeat(100) : "Choice " + i,
                        i == 1 ? Choice.Style.DANGER : Choice.Style.PLAIN))
            .toList();

    List<MessageCreateData> parts = DiscordMessages.render(lines(60).withChoices(choices));

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts.subList(0, parts.size() - 1))
        .allSatisfy(p -> assertThat(p.getComponents()).isEmpty());
    List<ActionRow> rows =
        parts.get(parts.size() - 1).getComponents().stream().map(c -> c.asActionRow()).toList();
    assertThat(rows).extracting(r -> r.getButtons().size()).containsExactly(5, 2);
    Button first = rows.get(0).getButtons().get(0);
    assertThat(first.getCustomId()).isEqualTo("aiir:status:AI-IR-2026-001:0");
    assertThat(first.getLabel()).hasSize(Button.LABEL_MAX_LENGTH);
    assertThat(rows.get(0).getButtons().get(1).getStyle()).isEqualTo(ButtonStyle.DANGER);
    assertThat(rows.get(0).getButtons().get(2).getStyle()).isEqualTo(ButtonStyle.SECONDARY);
  }
}
