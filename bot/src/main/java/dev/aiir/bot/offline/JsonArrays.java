package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a JSON array one element at a time, so an export of any size is never held whole. */
final class JsonArrays {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonArrays() {}

  /** With the parser on an array's start, hands each element on as a small tree. */
  static void forEachElement(Path file, JsonParser parser, String what, Consumer<JsonNode> each)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw shaped(file, "expected " + what + " as a JSON array", parser.currentTokenLocation());
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw shaped(file, "it ends before its " + what + " do", parser.currentTokenLocation());
      }
      JsonNode element = MAPPER.readTree(parser);
      if (!element.isObject()) {
        throw shaped(
            file,
            "each of its " + what + " should be a JSON object",
            parser.currentTokenLocation());
      }
      each.accept(element);
    }
  }

  /** The whole file as a tree (the small files of an export: users, channels). */
  static JsonNode tree(Path file) throws IOException {
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      if (node == null || node.isMissingNode()) {
        throw new ExportException(file.getFileName() + " is empty.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
  }

  static ExportException invalid(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new ExportException(
        file.getFileName() + " is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  static ExportException shaped(Path file, String problem, JsonLocation at) {
    return new ExportException(
        file.getFileName()
            + " is not an export this can read: "
            + problem
            + " (line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ").");
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The non-blank texts joined by new lines: a bot's alert in one piece. */
  static String lines(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(part.strip());
      }
    }
    return out.toString();
  }
}
