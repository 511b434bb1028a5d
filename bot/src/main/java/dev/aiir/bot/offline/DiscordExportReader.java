package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DiscordChatExporter JSON file message by message, without holding it whole. A bot's or
 * webhook's alert is read with its embeds, a reply knows the message it answers, and every message
 * carries its jump URL. The guild and channel may come after the messages: what needs them waits
 * for them, and messages are held back only until then.
 */
public final class DiscordExportReader {
  private static final Pattern MENTION = Pattern.compile("<@!?(\\d+)>");

  private DiscordExportReader() {}

  /** Hands each message to {@code sink}; returns the channel's name. */
  public static String read(Path file, Consumer<HistoryMessage> sink) throws IOException {
    Where where = new Where();
    List<JsonNode> early = new ArrayList<>();
    try (JsonParser parser = JsonArrays.MAPPER.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw JsonArrays.shaped(
            file, "a DiscordChatExporter file is one JSON object", parser.currentTokenLocation());
      }
      boolean sawMessages = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "messages" -> {
            sawMessages = true;
            JsonArrays.forEachElement(
                file,
                parser,
                "messages",
                node -> {
                  if (where.known()) {
                    sink.accept(message(file, node, where));
                  } else {
                    early.add(node);
                  }
                });
          }
          case "channel" -> where.channel(JsonArrays.MAPPER.readTree(parser));
          case "guild" -> where.guild(JsonArrays.MAPPER.readTree(parser));
          default -> parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw JsonArrays.shaped(
            file, "it ends before its last field does", parser.currentTokenLocation());
      }
      if (!sawMessages) {
        throw new ExportException(
            file.getFileName() + " has no \"messages\": is it a DiscordChatExporter JSON export?");
      }
    } catch (JsonProcessingException e) {
      throw JsonArrays.invalid(file, e);
    }
    if (where.channelName == null) {
      throw new ExportException(file.getFileName() + " names no channel.");
    }
    early.forEach(node -> sink.accept(message(file, node, where)));
    return where.channelName;
  }

  /** The guild and channel the export is of, for jump URLs. */
  private static final class Where {
    String guildId;
    String channelId;
    String channelName;

    void channel(JsonNode node) {
      channelId = JsonArrays.text(node, "id");
      channelName = JsonArrays.text(node, "name");
    }

    void guild(JsonNode node) {
      guildId = JsonArrays.text(node, "id");
    }

    boolean known() {
      return channelName != null;
    }

    String link(String messageId) {
      if (channelId == null || messageId == null) {
        return null;
      }
      String guild = guildId == null || guildId.isBlank() || "0".equals(guildId) ? "@me" : guildId;
      return "https://discord.com/channels/" + guild + "/" + channelId + "/" + messageId;
    }
  }

  private static HistoryMessage message(Path file, JsonNode node, Where where) {
    JsonNode author = node.path("author");
    String nickname = JsonArrays.text(author, "nickname");
    String name = JsonArrays.text(author, "name");
    UserRef user =
        new UserRef(String.valueOf(JsonArrays.text(author, "id")), name != null ? name : nickname);
    JsonNode reference = node.path("reference");
    String id = JsonArrays.text(node, "id");
    return new HistoryMessage(
        id,
        timestamp(file, node),
        user,
        author.path("isBot").asBoolean(false),
        said(node),
        reactions(node),
        reference.isMissingNode() ? null : JsonArrays.text(reference, "messageId"),
        where.link(id));
  }

  private static Instant timestamp(Path file, JsonNode node) {
    String at = JsonArrays.text(node, "timestamp");
    try {
      return OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ExportException(
          file.getFileName()
              + ": message "
              + JsonArrays.text(node, "id")
              + " has no readable timestamp ('"
              + at
              + "').");
    }
  }

  /** The content with its embeds' words: where alert bots and webhooks put theirs. */
  private static String said(JsonNode node) {
    List<String> parts = new ArrayList<>();
    parts.add(readable(JsonArrays.text(node, "content"), node.path("mentions")));
    node.path("embeds")
        .forEach(
            e -> {
              parts.add(JsonArrays.text(e.path("author"), "name"));
              parts.add(JsonArrays.text(e, "title"));
              parts.add(JsonArrays.text(e, "description"));
              e.path("fields")
                  .forEach(
                      f ->
                          parts.add(
                              JsonArrays.text(f, "name") + ": " + JsonArrays.text(f, "value")));
            });
    return JsonArrays.lines(parts.toArray(String[]::new));
  }

  private static String readable(String content, JsonNode mentions) {
    if (content == null) {
      return "";
    }
    Map<String, String> names = new HashMap<>();
    mentions.forEach(m -> names.put(JsonArrays.text(m, "id"), JsonArrays.text(m, "name")));
    return MENTION
        .matcher(content)
        .replaceAll(
            m -> Matcher.quoteReplacement("@" + names.getOrDefault(m.group(1), m.group(1))));
  }

  private static Set<String> reactions(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.path("reactions").forEach(r -> names.add(JsonArrays.text(r.path("emoji"), "name")));
    if (node.path("isPinned").asBoolean(false)) {
      names.add("pushpin");
    }
    return names;
  }
}
