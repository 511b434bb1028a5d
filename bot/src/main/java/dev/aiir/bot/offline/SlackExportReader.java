package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonParser;
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
 * folder per channel of per-day files), message by message, oldest day first.
 */
public final class SlackExportReader {
  private SlackExportReader() {}

  /** Hands each message of the channel to {@code sink}; returns the channel's name. */
  public static String read(Path dir, Optional<String> channel, Consumer<HistoryMessage> sink)
      throws IOException {
    String name = channelName(dir, channel);
    Map<String, String> users = userNames(dir.resolve("users.json"));
    Path folder = dir.resolve(name);
    if (!Files.isDirectory(folder)) {
      throw new ExportException("The export has no folder for channel '" + name + "'.");
    }
    for (Path day : days(folder)) {
      try (JsonParser parser = JsonArrays.MAPPER.createParser(day.toFile())) {
        parser.nextToken();
        JsonArrays.forEachElement(parser, node -> message(node, users).ifPresent(sink));
      }
    }
    return name;
  }

  private static List<Path> days(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String channelName(Path dir, Optional<String> wanted) throws IOException {
    List<String> names = new ArrayList<>();
    JsonNode channels = JsonArrays.MAPPER.readTree(dir.resolve("channels.json").toFile());
    channels.forEach(c -> names.add(JsonArrays.text(c, "name")));
    if (wanted.isPresent()) {
      String name = wanted.get().replaceFirst("^#", "");
      if (!names.contains(name)) {
        throw new ExportException("No channel '" + name + "' in the export; it has " + names + ".");
      }
      return name;
    }
    if (names.size() != 1) {
      throw new ExportException(
          "The export has " + names.size() + " channels; name one with --channel: " + names + ".");
    }
    return names.get(0);
  }

  private static Map<String, String> userNames(Path file) throws IOException {
    Map<String, String> names = new HashMap<>();
    if (Files.exists(file)) {
      JsonArrays.MAPPER
          .readTree(file.toFile())
          .forEach(u -> names.put(JsonArrays.text(u, "id"), displayName(u)));
    }
    return names;
  }

  private static String displayName(JsonNode user) {
    JsonNode profile = user.path("profile");
    String display = JsonArrays.text(profile, "display_name");
    return display != null && !display.isBlank() ? display : JsonArrays.text(user, "name");
  }

  private static Optional<HistoryMessage> message(JsonNode node, Map<String, String> users) {
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
    return Optional.of(
        new HistoryMessage(
            ts,
            instant(ts),
            author,
            bot,
            SlackText.readable(JsonArrays.text(node, "text"), id -> users.getOrDefault(id, id)),
            reactions(node),
            threadTs == null || threadTs.equals(ts) ? null : threadTs));
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
    BigDecimal seconds = new BigDecimal(ts);
    return Instant.ofEpochSecond(seconds.longValue());
  }
}
