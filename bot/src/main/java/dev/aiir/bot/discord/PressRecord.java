package dev.aiir.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The edit that makes a pressed message a record: its embeds stay, the line saying who did what and
 * when is added under them, and its buttons go once it is answered, so the channel shows no stale
 * buttons.
 */
final class PressRecord {
  private static final int MAX_EMBEDS = 10;

  private PressRecord() {}

  static MessageEditData edit(Message original, String record, boolean settles) {
    // Edits carry no mention defaults of their own: say "none" explicitly, as every post does.
    MessageEditBuilder edit =
        new MessageEditBuilder()
            .setEmbeds(recorded(original, record))
            .setAllowedMentions(List.of());
    if (settles) {
      edit.setComponents(List.of());
    }
    return edit.build();
  }

  private static List<MessageEmbed> recorded(Message original, String record) {
    List<MessageEmbed> embeds = new ArrayList<>(original.getEmbeds());
    if (!embeds.isEmpty()) {
      MessageEmbed last = embeds.get(embeds.size() - 1);
      EmbedBuilder extended = new EmbedBuilder(last).setDescription(appended(last, record));
      if (extended.isValidLength()) {
        embeds.set(embeds.size() - 1, extended.build());
        return embeds;
      }
    }
    // No embed to extend (or no room in it): the record is an embed of its own.
    MessageEmbed own = new EmbedBuilder().setDescription(record).build();
    if (embeds.size() >= MAX_EMBEDS) {
      embeds.set(embeds.size() - 1, own);
    } else {
      embeds.add(own);
    }
    return embeds;
  }

  private static String appended(MessageEmbed embed, String record) {
    String before = embed.getDescription() == null ? "" : embed.getDescription();
    if (before.isEmpty()) {
      return record;
    }
    int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - record.length() - 2;
    return TextChunks.cut(before, Math.max(room, 1)) + "\n\n" + record;
  }
}
