package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.bot.slack.SlackText;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one channel of a Slack workspace export ({@code users.json}, {@code channels.json}, a
 * folder per channel of per-day files), message by message, oldest day first. A bot's alert is read
 * with its attachments and blocks, and every message carries its permalink.
 */
public final class SlackExportReader {
  private record Channel(String id, String name) {}

  private SlackExportReader() {}

  /** Hands each message of the channel to {@code sink}; returns the channel's name. */
  public static String read(Path dir, Optional<String> wanted, Consumer<HistoryMessage> sink)
      throws IOException {
    Channel channel = channel(dir, wanted);
    Map<String, String> users = userNames(dir.resolve("users.json"));
    Path folder = dir.resolve(channel.name());
    if (!Files.isDirectory(folder)) {
      throw new ExportException("The export has no folder for channel '" + channel.name() + "'.");
    }
    for (Path day : days(folder)) {
      try (JsonParser parser = JsonArrays.MAPPER.createParser(day.toFile())) {
        parser.nextToken();
        JsonArrays.forEachElement(
            day, parser, "messages", node -> message(node, users, channel).ifPresent(sink));
      } catch (JsonProcessingException e) {
        throw JsonArrays.invalid(day, e);
      } catch (ExportException e) {
        throw e.getMessage().startsWith(day.getFileName().toString())
            ? e
            : new ExportException(day.getFileName() + ": " + e.getMessage());
      }
    }
    return channel.name();
  }

  private static List<Path> days(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Channel channel(Path dir, Optional<String> wanted) throws IOException {
    Path file = dir.resolve("channels.json");
    if (!Files.exists(file)) {
      throw new ExportException(
          dir
              + " is not a Slack export: it has no channels.json (export the workspace from"
              + " Slack's admin settings and unzip it).");
    }
    JsonNode listed = JsonArrays.tree(file);
    if (!listed.isArray()) {
      throw new ExportException("channels.json should be a JSON array of channels.");
    }
    List<Channel> channels = new ArrayList<>();
    listed.forEach(
        c -> channels.add(new Channel(JsonArrays.text(c, "id"), JsonArrays.text(c, "name"))));
    List<String> names = channels.stream().map(Channel::name).toList();
    if (wanted.isPresent()) {
      String name = wanted.get().replaceFirst("^#", "");
      return channels.stream()
          .filter(c -> name.equals(c.name()))
          .findFirst()
          .orElseThrow(
              () ->
                  new ExportException(
                      "No channel '" + name + "' in the export; it has " + names + "."));
    }
    if (channels.size() != 1) {
      throw new ExportException(
          "The export has "
              + channels.size()
              + " channels; name one with --channel: "
              + names
              + ".");
    }
    return channels.get(0);
  }

  private static Map<String, String> userNames(Path file) throws IOException {
    Map<String, String> names = new HashMap<>();
    if (Files.exists(file)) {
      JsonArrays.tree(file).forEach(u -> names.put(JsonArrays.text(u, "id"), displayName(u)));
    }
    return names;
  }

  private static String displayName(JsonNode user) {
    JsonNode profile = user.path("profile");
    String display = JsonArrays.text(profile, "display_name");
    return display != null && !display.isBlank() ? display : JsonArrays.text(user, "name");
  }

  private static Optional<HistoryMessage> message(
      JsonNode node, Map<String, String> users, Channel channel) {
    String ts = JsonArrays.text(node, "ts");
    if (ts == null || !"message".equals(JsonArrays.text(node, "type")) || isHousekeeping(node)) {
      return Optional.empty();
    }
    boolean bot = node.has("bot_id") || "bot_message".equals(JsonArrays.text(node, "subtype"));
    String userId = JsonArrays.text(node, "user");
    String name =
        userId != null
            ? users.getOrDefault(userId, profileName(node, userId))
            : Optional.ofNullable(JsonArrays.text(node, "username")).orElse("bot");
    UserRef author =
        new UserRef(userId != null ? userId : JsonArrays.text(node, "bot_id") + "", name);
    String threadTs = JsonArrays.text(node, "thread_ts");
    String parent = threadTs == null || threadTs.equals(ts) ? null : threadTs;
    return Optional.of(
        new HistoryMessage(
            ts,
            instant(ts),
            author,
            bot,
            SlackText.readable(said(node), id -> users.getOrDefault(id, id)),
            reactions(node),
            parent,
            SlackText.permalink(channel.id(), ts, parent)));
  }

  /** The message's text with its attachments' and blocks' words: where alert bots put theirs. */
  private static String said(JsonNode node) {
    List<String> parts = new ArrayList<>();
    parts.add(JsonArrays.text(node, "text"));
    node.path("attachments")
        .forEach(
            a -> {
              parts.add(JsonArrays.text(a, "pretext"));
              parts.add(JsonArrays.text(a, "title"));
              String text = JsonArrays.text(a, "text");
              parts.add(text != null ? text : JsonArrays.text(a, "fallback"));
              a.path("fields")
                  .forEach(
                      f ->
                          parts.add(
                              JsonArrays.text(f, "title") + ": " + JsonArrays.text(f, "value")));
            });
    if (parts.stream().allMatch(p -> p == null || p.isBlank())) {
      node.path("blocks")
          .forEach(
              b -> {
                parts.add(JsonArrays.text(b.path("text"), "text"));
                b.path("fields").forEach(f -> parts.add(JsonArrays.text(f, "text")));
              });
    }
    return JsonArrays.lines(parts.toArray(String[]::new));
  }

  /** Joins, leaves, topic and purpose changes: Slack's own notices, not anyone speaking. */
  private static boolean isHousekeeping(JsonNode node) {
    String subtype = JsonArrays.text(node, "subtype");
    return subtype != null
        && (subtype.startsWith("channel_")
            || subtype.startsWith("group_")
            || subtype.equals("pinned_item")
            || subtype.equals("bot_add")
            || subtype.equals("bot_remove"));
  }

  private static String profileName(JsonNode node, String fallback) {
    String display = JsonArrays.text(node.path("user_profile"), "display_name");
    return display != null && !display.isBlank() ? display : fallback;
  }

  private static Set<String> reactions(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.path("reactions").forEach(r -> names.add(JsonArrays.text(r, "name")));
    if (node.has("pinned_to")) {
      names.add("pushpin");
    }
    return names;
  }

  /** Slack's {@code ts} is seconds with a six-digit fraction; the fraction orders, not times. */
  static Instant instant(String ts) {
    try {
      return Instant.ofEpochSecond(new BigDecimal(ts).longValue());
    } catch (NumberFormatException e) {
      throw new ExportException(
          "A message has the timestamp '" + ts + "', which is not Slack's ts.");
    }
  }
}
