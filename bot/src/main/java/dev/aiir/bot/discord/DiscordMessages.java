package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Attachment;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the core's platform-neutral messages as Discord embeds. Text over 2,000 characters is
 * split over a few messages, and beyond that sent whole as a Markdown file; a reply's attachment
 * goes with its first message, and the message's choices as buttons under its last.
 */
final class DiscordMessages {
  static final int MAX_TEXT = 2000;
  static final int MAX_PARTS = 3;
  private static final int MAX_FIELDS = 25;
  private static final int OK_COLOUR = 0x5865F2;
  private static final int REFUSED_COLOUR = 0xE67E22;

  private DiscordMessages() {}

  static List<MessageCreateData> render(Reply reply) {
    return render(reply.message(), reply.refused(), reply.file());
  }

  static List<MessageCreateData> render(Message message) {
    return render(message, false, Optional.empty());
  }

  private static List<MessageCreateData> render(
      Message message, boolean refused, Optional<Attachment> file) {
    List<String> parts = TextChunks.split(String.join("\n", message.lines()), MAX_TEXT);
    List<MessageCreateBuilder> messages = new ArrayList<>();
    if (parts.size() > MAX_PARTS) {
      messages.add(asFile(message, refused));
    } else {
      for (int i = 0; i < parts.size(); i++) {
        messages.add(
            new MessageCreateBuilder().setEmbeds(embed(message, parts.get(i), i == 0, refused)));
      }
    }
    file.ifPresent(f -> messages.get(0).addFiles(upload(f.filename(), f.content())));
    if (!message.choices().isEmpty()) {
      // Buttons go under the last part, where the reader arrives at the decision.
      messages.get(messages.size() - 1).setComponents(DiscordButtons.rows(message.choices()));
    }
    return messages.stream().map(MessageCreateBuilder::build).toList();
  }

  private static MessageEmbed embed(Message message, String text, boolean first, boolean refused) {
    EmbedBuilder embed = new EmbedBuilder().setColor(refused ? REFUSED_COLOUR : OK_COLOUR);
    if (first) {
      if (!message.title().isEmpty()) {
        embed.setTitle(TextChunks.cut(message.title(), MessageEmbed.TITLE_MAX_LENGTH));
      }
      message.fields().stream()
          .limit(MAX_FIELDS)
          .forEach(
              f ->
                  embed.addField(
                      TextChunks.cut(f.label(), MessageEmbed.TITLE_MAX_LENGTH),
                      TextChunks.cut(f.value(), MessageEmbed.VALUE_MAX_LENGTH),
                      true));
    }
    if (!text.isEmpty()) {
      embed.setDescription(text);
    }
    if (embed.isEmpty()) {
      embed.setDescription("Done.");
    }
    return embed.build();
  }

  private static MessageCreateBuilder asFile(Message message, boolean refused) {
    String name = fileName(message);
    MessageEmbed note =
        new EmbedBuilder()
            .setColor(refused ? REFUSED_COLOUR : OK_COLOUR)
            .setTitle(TextChunks.cut(firstLine(message), MessageEmbed.TITLE_MAX_LENGTH))
            .setDescription("The full text is in the attached file " + name + ".")
            .build();
    return new MessageCreateBuilder().setEmbeds(note).addFiles(upload(name, message.plainText()));
  }

  static FileUpload upload(String name, String content) {
    return FileUpload.fromData(content.getBytes(StandardCharsets.UTF_8), name);
  }

  private static String firstLine(Message message) {
    String text = message.plainText();
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).replaceFirst("^#+\\s*", "");
  }

  /**
   * A file name from the message's first line: "Post-Incident Review: X" is {@code
   * post-incident-review-x.md}.
   */
  static String fileName(Message message) {
    String slug =
        firstLine(message)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return (slug.isEmpty() ? "aiir" : TextChunks.cut(slug, 60).replaceAll("-+$", "")) + ".md";
  }
}
