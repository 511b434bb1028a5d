package dev.aiir.bot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key and list item of a YAML file is, by its path as configuration errors name it
 * ({@code alerts.routes[2].mode}, items numbered from 1), so that an error can say the line.
 */
final class YamlLines {
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** A key or item opened at some depth: its path, and the key or count reached inside it. */
  private static final class Frame {
    final boolean list;
    final String path;
    String key = "";
    int items;

    Frame(boolean list, String path) {
      this.list = list;
      this.path = path;
    }
  }

  /** The lines of valid YAML; none when it cannot be read (the reader reports that itself). */
  static YamlLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    Deque<Frame> open = new ArrayDeque<>();
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        int line = parser.currentTokenLocation().getLineNr();
        Frame top = open.peek();
        if (token == JsonToken.FIELD_NAME) {
          top.key = parser.currentName();
          lines.putIfAbsent(join(top.path, top.key), line);
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
        } else {
          String here =
              top == null ? "" : top.list ? item(top, line, lines) : join(top.path, top.key);
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            open.push(new Frame(token == JsonToken.START_ARRAY, here));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return new YamlLines(Map.of());
    }
    return new YamlLines(lines);
  }

  private static String item(Frame list, int line, Map<String, Integer> lines) {
    String path = list.path + "[" + ++list.items + "]";
    lines.putIfAbsent(path, line);
    return path;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * The line of {@code where}, such as {@code rollout.phases[2] (Limited).traffic}; for a key the
   * file lacks, the line of the nearest place above it that it has.
   */
  Optional<Integer> lineOf(String where) {
    String path = where.replaceAll(" \\([^)]*\\)", "");
    while (!path.isEmpty()) {
      Integer line = lines.get(path);
      if (line != null) {
        return Optional.of(line);
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    return Optional.empty();
  }
}
