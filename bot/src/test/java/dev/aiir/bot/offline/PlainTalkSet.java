package dev.aiir.bot.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiir.commands.pir.HistoryDigest;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.talk.KeyEvent;
import dev.aiir.commands.talk.Recognized;
import dev.aiir.commands.talk.Recognizer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A set of plain-talk conversations written by generate.py (the corpus, the held-out set, the blind
 * set), read through one platform's export reader and scored: the key events the recognizer finds
 * against those labelled, and the summary a draft takes from the channel. Prints the tables; with
 * -Dcorpus.misses=true, every miss, extra and wrong summary fact too.
 */
final class PlainTalkSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two export shapes, each with the field of expected.json that names its message ids. */
  enum Platform {
    SLACK("slack_ts", "Slack"),
    DISCORD("discord_id", "Discord");

    final String idField;
    final String label;

    Platform(String idField, String label) {
      this.idField = idField;
      this.label = label;
    }

    List<HistoryMessage> read(Path conversation) throws IOException {
      List<HistoryMessage> messages = new ArrayList<>();
      if (this == SLACK) {
        SlackExportReader.read(conversation.resolve("slack"), Optional.empty(), messages::add);
      } else {
        DiscordExportReader.read(conversation.resolve("discord.json"), messages::add);
      }
      return messages;
    }
  }

  /** What a set scored on one platform. */
  record Result(EventScore events, SummaryScore summary) {}

  private PlainTalkSet() {}

  static Result score(String resource, Platform platform) throws Exception {
    EventScore events = new EventScore();
    SummaryScore summary = new SummaryScore();
    List<Path> conversations = conversations(resource);
    for (Path conversation : conversations) {
      JsonNode expected = JSON.readTree(conversation.resolve("expected.json").toFile());
      List<HistoryMessage> messages = platform.read(conversation);
      String name = conversation.getFileName().toString();
      events.add(name, expectedPairs(expected, platform), foundPairs(messages));
      HistoryDigest digest = HistoryDigest.offline();
      messages.forEach(digest::accept);
      summary.add(name, expected.path("summary"), digest);
    }
    print(resource, platform, conversations.size(), events, summary);
    return new Result(events, summary);
  }

  private static Set<String> expectedPairs(JsonNode expected, Platform platform) {
    Set<String> want = new HashSet<>();
    expected
        .path("events")
        .forEach(e -> want.add(e.path(platform.idField).asText() + " " + e.path("kind").asText()));
    return want;
  }

  private static Set<String> foundPairs(List<HistoryMessage> messages) {
    Set<String> got = new HashSet<>();
    Recognizer recognizer = new Recognizer();
    for (HistoryMessage message : messages) {
      recognizer.accept(message).forEach(k -> got.add(message.id() + " " + name(k)));
    }
    for (Recognized late : recognizer.finish()) {
      late.kinds().forEach(k -> got.add(late.message().id() + " " + name(k)));
    }
    return got;
  }

  private static String name(KeyEvent kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static void print(
      String resource, Platform platform, int size, EventScore events, SummaryScore summary) {
    StringBuilder out = new StringBuilder();
    out.append(events.table(resource + " (" + size + " conversations), " + platform.label));
    out.append(summary.table());
    if (Boolean.getBoolean("corpus.misses")) {
      events.misses().forEach(m -> out.append(m).append('\n'));
      summary.misses().forEach(m -> out.append(m).append('\n'));
    }
    System.out.println(out);
  }

  private static List<Path> conversations(String resource) throws IOException, URISyntaxException {
    Path root = Path.of(PlainTalkSet.class.getResource("/" + resource).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }
}
