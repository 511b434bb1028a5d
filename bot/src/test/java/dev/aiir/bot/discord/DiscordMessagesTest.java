package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import java.util.List;
import java.util.stream.IntStream;
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
}
