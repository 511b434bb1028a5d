package dev.aiir.bot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a YAML file starts, by its JSON pointer ({@code /rollout/phases/0/gate}), so
 * that an error can name the line as well as the place.
 */
final class YamlLines {
  private static final YAMLFactory YAML = new YAMLFactory();
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The lines of {@code text}'s values; none for text that is not YAML. */
  static YamlLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME) {
          lines.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // The file is read again as a tree, which reports the syntax error with its place.
    }
    return new YamlLines(lines);
  }

  /** The line where the value at {@code pointer} starts. */
  Optional<Integer> line(String pointer) {
    return Optional.ofNullable(lines.get(pointer));
  }
}
