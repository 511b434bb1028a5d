package dev.aiir.bot.discord;

import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Reads a channel's whole history oldest first, a page at a time: the channel itself, then each of
 * its active threads. The cursor is {@code <source>:<after>}: which of those (0 is the channel) and
 * the snowflake after which the next page starts.
 */
final class DiscordHistory {
  static final int PAGE_SIZE = 100;
  private final GuildMessageChannel channel;
  private final Function<RestAction<MessageHistory>, MessageHistory> await;

  DiscordHistory(
      GuildMessageChannel channel, Function<RestAction<MessageHistory>, MessageHistory> await) {
    this.channel = channel;
    this.await = await;
  }

  HistoryPage page(String cursor) {
    Cursor at = Cursor.parse(cursor);
    List<GuildMessageChannel> sources = sources();
    if (at.source() >= sources.size()) {
      return new HistoryPage(List.of(), null);
    }
    GuildMessageChannel source = sources.get(at.source());
    List<Message> messages =
        new ArrayList<>(
            await
                .apply(MessageHistory.getHistoryAfter(source, at.after()).limit(PAGE_SIZE))
                .getRetrievedHistory());
    messages.sort(Comparator.comparingLong(ISnowflake::getIdLong));
    return new HistoryPage(
        messages.stream().map(m -> toHistory(m, source)).toList(),
        next(at, messages, sources.size()));
  }

  private static String next(Cursor at, List<Message> messages, int sourceCount) {
    if (messages.size() == PAGE_SIZE) {
      return new Cursor(at.source(), messages.get(messages.size() - 1).getId()).toString();
    }
    return at.source() + 1 < sourceCount ? new Cursor(at.source() + 1, "0").toString() : null;
  }

  private List<GuildMessageChannel> sources() {
    List<GuildMessageChannel> sources = new ArrayList<>();
    sources.add(channel);
    if (channel instanceof IThreadContainer container) {
      container.getThreadChannels().stream()
          .sorted(Comparator.comparingLong(ISnowflake::getIdLong))
          .forEach(sources::add);
    }
    return sources;
  }

  private static HistoryMessage toHistory(Message message, GuildMessageChannel source) {
    Set<String> reactions =
        message.getReactions().stream()
            .map(MessageReaction::getEmoji)
            .map(emoji -> emoji.getName())
            .collect(Collectors.toUnmodifiableSet());
    return new HistoryMessage(
        message.getId(),
        message.getTimeCreated().toInstant(),
        DiscordContexts.person(message.getAuthor(), message.getMember()),
        message.getAuthor().isBot() || message.isWebhookMessage(),
        said(message),
        reactions,
        answered(message, source),
        message.getJumpUrl());
  }

  /** The content with its embeds' words: where alert bots and webhooks put theirs. */
  private static String said(Message message) {
    StringBuilder out = new StringBuilder(message.getContentDisplay());
    for (MessageEmbed embed : message.getEmbeds()) {
      if (embed.getAuthor() != null) {
        line(out, embed.getAuthor().getName());
      }
      line(out, embed.getTitle());
      line(out, embed.getDescription());
      embed.getFields().forEach(f -> line(out, f.getName() + ": " + f.getValue()));
    }
    return out.toString().strip();
  }

  private static void line(StringBuilder out, String text) {
    if (text != null && !text.isBlank()) {
      out.append('\n').append(text.strip());
    }
  }

  /** The message it replies to, or the thread it was written in. */
  private static String answered(Message message, GuildMessageChannel source) {
    MessageReference reference = message.getMessageReference();
    if (reference != null && reference.getMessageId() != null) {
      return reference.getMessageId();
    }
    return source instanceof ThreadChannel ? source.getId() : null;
  }

  /** Where the next page starts. */
  record Cursor(int source, String after) {
    static Cursor parse(String cursor) {
      if (cursor == null) {
        return new Cursor(0, "0");
      }
      String[] parts = cursor.split(":", 2);
      if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,20}")) {
        throw new IllegalArgumentException("not a Discord history cursor: " + cursor);
      }
      return new Cursor(Integer.parseInt(parts[0]), parts[1]);
    }

    @Override
    public String toString() {
      return source + ":" + after;
    }
  }
}
