package dev.aiir.bot.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The recognizer on the plain-talk corpus (incidents whose responders never typed a command), read
 * through both export readers: recall and precision per event kind, printed, and held to 95%.
 */
class PlainTalkCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TARGET = 0.95;

  /** One conversation's expected (message, kind) pairs and what the recognizer found. */
  record Scored(Set<String> expected, Set<String> found) {}

  @Test
  void keyEventsOfSlackExportsAreFoundWithHighRecallAndPrecision() throws Exception {
    Score score = score("slack_ts", this::slack);

    assertThat(score.recall()).as("recall on Slack exports").isGreaterThanOrEqualTo(TARGET);
    assertThat(score.precision()).as("precision on Slack exports").isGreaterThanOrEqualTo(TARGET);
  }

  @Test
  void keyEventsOfDiscordExportsAreFoundWithHighRecallAndPrecision() throws Exception {
    Score score = score("discord_id", this::discord);

    assertThat(score.recall()).as("recall on Discord exports").isGreaterThanOrEqualTo(TARGET);
    assertThat(score.precision()).as("precision on Discord exports").isGreaterThanOrEqualTo(TARGET);
  }

  interface Reader {
    List<HistoryMessage> read(Path conversation) throws IOException;
  }

  private List<HistoryMessage> slack(Path conversation) throws IOException {
    List<HistoryMessage> messages = new ArrayList<>();
    SlackExportReader.read(conversation.resolve("slack"), Optional.empty(), messages::add);
    return messages;
  }

  private List<HistoryMessage> discord(Path conversation) throws IOException {
    List<HistoryMessage> messages = new ArrayList<>();
    DiscordExportReader.read(conversation.resolve("discord.json"), messages::add);
    return messages;
  }

  private Score score(String idField, Reader reader) throws Exception {
    Score score = new Score();
    for (Path conversation : conversations()) {
      JsonNode expected = JSON.readTree(conversation.resolve("expected.json").toFile());
      Set<String> want = new HashSet<>();
      expected
          .path("events")
          .forEach(e -> want.add(e.path(idField).asText() + " " + e.path("kind").asText()));
      Set<String> got = new HashSet<>();
      Recognizer recognizer = new Recognizer();
      for (HistoryMessage message : reader.read(conversation)) {
        recognizer.accept(message).forEach(k -> got.add(message.id() + " " + name(k)));
      }
      for (Recognized late : recognizer.finish()) {
        late.kinds().forEach(k -> got.add(late.message().id() + " " + name(k)));
      }
      score.add(conversation.getFileName().toString(), want, got);
    }
    System.out.println(score.table(idField.startsWith("slack") ? "Slack" : "Discord"));
    return score;
  }

  private static String name(KeyEvent kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static List<Path> conversations() throws IOException, URISyntaxException {
    Path root = Path.of(PlainTalkCorpusTest.class.getResource("/plain-talk").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Counts per kind, and the misses, for the printed table. */
  static final class Score {
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    void add(String conversation, Set<String> want, Set<String> got) {
      for (String pair : want) {
        int[] c = counts(kindOf(pair));
        if (got.contains(pair)) {
          c[0]++;
        } else {
          c[1]++;
          misses.add("missed " + conversation + " " + pair);
        }
      }
      for (String pair : got) {
        if (!want.contains(pair)) {
          counts(kindOf(pair))[2]++;
          misses.add("extra  " + conversation + " " + pair);
        }
      }
    }

    private int[] counts(String kind) {
      return byKind.computeIfAbsent(kind, k -> new int[3]);
    }

    private static String kindOf(String pair) {
      return pair.substring(pair.indexOf(' ') + 1);
    }

    double recall() {
      int tp = total(0);
      return tp / (double) Math.max(1, tp + total(1));
    }

    double precision() {
      int tp = total(0);
      return tp / (double) Math.max(1, tp + total(2));
    }

    private int total(int column) {
      return byKind.values().stream().mapToInt(c -> c[column]).sum();
    }

    String table(String platform) {
      StringBuilder out = new StringBuilder("plain-talk corpus, " + platform + " exports\n");
      out.append(String.format(Locale.ROOT, "%-16s %8s %10s%n", "kind", "recall", "precision"));
      byKind.forEach(
          (kind, c) ->
              out.append(
                  String.format(
                      Locale.ROOT,
                      "%-16s %8.3f %10.3f   (%d found, %d missed, %d extra)%n",
                      kind,
                      c[0] / (double) Math.max(1, c[0] + c[1]),
                      c[0] / (double) Math.max(1, c[0] + c[2]),
                      c[0],
                      c[1],
                      c[2])));
      out.append(String.format(Locale.ROOT, "%-16s %8.3f %10.3f%n", "all", recall(), precision()));
      if (Boolean.getBoolean("corpus.misses")) {
        misses.forEach(m -> out.append(m).append('\n'));
      }
      return out.toString();
    }
  }
}
