package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a DiscordChatExporter JSON file message by message, without holding it whole. */
public final class DiscordExportReader {
  private static final Pattern MENTION = Pattern.compile("<@!?(\\d+)>");

  private DiscordExportReader() {}

  /** Hands each message to {@code sink}; returns the channel's name. */
  public static String read(Path file, Consumer<HistoryMessage> sink) throws IOException {
    String channel = null;
    try (JsonParser parser = JsonArrays.MAPPER.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ExportException("Not a DiscordChatExporter JSON file: " + file.getFileName());
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if ("messages".equals(field)) {
          JsonArrays.forEachElement(parser, node -> sink.accept(message(node)));
        } else if ("channel".equals(field)) {
          channel = JsonArrays.text(JsonArrays.MAPPER.readTree(parser), "name");
        } else {
          parser.skipChildren();
        }
      }
    }
    if (channel == null) {
      throw new ExportException("The export names no channel: " + file.getFileName());
    }
    return channel;
  }

  private static HistoryMessage message(JsonNode node) {
    JsonNode author = node.path("author");
    String nickname = JsonArrays.text(author, "nickname");
    String name = JsonArrays.text(author, "name");
    UserRef user = new UserRef(JsonArrays.text(author, "id"), name != null ? name : nickname);
    JsonNode reference = node.path("reference");
    return new HistoryMessage(
        JsonArrays.text(node, "id"),
        OffsetDateTime.parse(JsonArrays.text(node, "timestamp")).toInstant(),
        user,
        author.path("isBot").asBoolean(false),
        readable(JsonArrays.text(node, "content"), node.path("mentions")),
        reactions(node),
        reference.isMissingNode() ? null : JsonArrays.text(reference, "messageId"));
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
