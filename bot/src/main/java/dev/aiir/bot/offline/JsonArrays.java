package dev.aiir.bot.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Consumer;

/** Reads a JSON array one element at a time, so an export of any size is never held whole. */
final class JsonArrays {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonArrays() {}

  /** With the parser on an array's start, hands each element on as a small tree. */
  static void forEachElement(JsonParser parser, Consumer<JsonNode> each) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array at " + parser.currentLocation());
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      each.accept(MAPPER.readTree(parser));
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
