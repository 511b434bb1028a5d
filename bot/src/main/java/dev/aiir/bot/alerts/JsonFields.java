package dev.aiir.bot.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of a source's JSON, each problem named by its place ({@code alerts[2].startsAt})
 * so that a 400 says what to fix.
 */
final class JsonFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFields() {}

  /** The body as a JSON object. */
  static JsonNode object(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw new PayloadProblem(PayloadProblem.Kind.NOT_JSON, "", "the body is not JSON" + where);
    }
    if (root == null || !root.isObject()) {
      throw new PayloadProblem(PayloadProblem.Kind.NOT_JSON, "", "the body is not a JSON object");
    }
    return root;
  }

  static Optional<String> text(JsonNode node, String where, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new PayloadProblem(path(where, key), "expected a string");
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static String required(JsonNode node, String where, String key) {
    return text(node, where, key)
        .orElseThrow(() -> new PayloadProblem(path(where, key), "missing"));
  }

  /** An object of labels or annotations: each value a string (numbers and booleans as written). */
  static Map<String, String> strings(JsonNode node, String where, String key) {
    JsonNode value = node.get(key);
    Map<String, String> map = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return map;
    }
    if (!value.isObject()) {
      throw new PayloadProblem(path(where, key), "expected an object of names and values");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode v = entry.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        throw new PayloadProblem(path(where, key) + "." + entry.getKey(), "expected a string");
      }
      map.put(entry.getKey(), v.asText());
    }
    return map;
  }

  /**
   * An RFC 3339 time such as {@code 2026-03-12T14:22:00.123456789+01:00}; empty when absent or when
   * it is Go's zero time ({@code 0001-01-01T00:00:00Z}), which Alertmanager sends for "not yet".
   */
  static Optional<Instant> time(JsonNode node, String where, String key) {
    Optional<String> text = text(node, where, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      OffsetDateTime at = OffsetDateTime.parse(text.get(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return at.getYear() <= 1 ? Optional.empty() : Optional.of(at.toInstant());
    } catch (DateTimeParseException e) {
      throw new PayloadProblem(
          path(where, key), "'" + text.get() + "' is not a time such as 2026-03-12T14:22:00Z");
    }
  }

  static String path(String where, String key) {
    return where.isEmpty() ? key : where + "." + key;
  }
}
