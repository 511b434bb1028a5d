package dev.aiir.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import dev.aiir.commands.chat.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the core's platform-neutral {@link Message} as Block Kit sections: the title in bold,
 * fields side by side, lines as text, and its choices as buttons ({@link SlackButtons}). Every
 * string is escaped and marked {@code verbatim}, so nothing the bot repeats becomes a mention or a
 * link; Slack's size limits are kept by splitting (and, past 50 blocks, by sending the plain text
 * alone).
 */
final class BlockKit {
  static final int MAX_SECTION_TEXT = 3000;
  static final int MAX_FIELD_TEXT = 2000;
  static final int MAX_FIELDS = 10;
  static final int MAX_BLOCKS = 50;
  static final int MAX_TEXT = 39_000;

  private BlockKit() {}

  static SlackMessage render(Message message) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!message.title().isEmpty()) {
      blocks.add(section("*" + SlackText.escape(message.title()) + "*"));
    }
    fields(message.fields(), blocks);
    lines(message.lines(), blocks);
    Optional<LayoutBlock> buttons = SlackButtons.actions(message.choices());
    if (buttons.isEmpty()) {
      return new SlackMessage(fallback(message), blocks.size() <= MAX_BLOCKS ? blocks : List.of());
    }
    if (blocks.size() + 1 > MAX_BLOCKS) {
      // Buttons only exist in blocks, so an oversized message keeps them under its text, cut short.
      blocks = new ArrayList<>(List.of(section(cut(fallback(message), MAX_SECTION_TEXT))));
    }
    blocks.add(buttons.get());
    return new SlackMessage(fallback(message), blocks);
  }

  /** The plain text of the message, escaped: what notifications and old clients show. */
  static String fallback(Message message) {
    String text = SlackText.escape(message.plainText());
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n…";
  }

  private static void fields(List<Message.Field> fields, List<LayoutBlock> blocks) {
    List<TextObject> row = new ArrayList<>();
    for (Message.Field field : fields) {
      String text = "*" + SlackText.escape(field.label()) + "*\n" + SlackText.escape(field.value());
      row.add(markdown(cut(text, MAX_FIELD_TEXT)));
      if (row.size() == MAX_FIELDS) {
        blocks.add(SectionBlock.builder().fields(row).build());
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      blocks.add(SectionBlock.builder().fields(row).build());
    }
  }

  /** Lines go into as few sections as the size limit allows, split between lines. */
  private static void lines(List<String> lines, List<LayoutBlock> blocks) {
    StringBuilder chunk = new StringBuilder();
    for (String line : lines) {
      String escaped = cut(SlackText.escape(line), MAX_SECTION_TEXT);
      if (chunk.length() + escaped.length() + 1 > MAX_SECTION_TEXT) {
        blocks.add(section(chunk.toString()));
        chunk.setLength(0);
      }
      if (chunk.length() > 0) {
        chunk.append('\n');
      }
      chunk.append(escaped);
    }
    if (!chunk.toString().isBlank()) {
      blocks.add(section(chunk.toString()));
    }
  }

  private static SectionBlock section(String text) {
    return SectionBlock.builder().text(markdown(text)).build();
  }

  private static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
