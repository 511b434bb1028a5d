package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every section of the configuration file shares, and its errors: each names the file,
 * the line and the place, such as {@code AIIR_CONFIG aiir.yml:12: alerts.routes[2].mode: ...}.
 */
final class ConfigNodes {
  private final String file;
  private final YamlLines lines;

  ConfigNodes(String file, YamlLines lines) {
    this.file = file;
    this.lines = lines;
  }

  ConfigurationException fail(String where, String problem) {
    return failAt(where, where, problem);
  }

  /** An error about {@code where}, at the line of {@code at} (such as an unknown key in it). */
  ConfigurationException failAt(String at, String where, String problem) {
    String line = lines.lineOf(at).map(n -> ":" + n).orElse("");
    String place = where.isEmpty() ? "" : " " + where + ":";
    return new ConfigurationException("AIIR_CONFIG " + file + line + ":" + place + " " + problem);
  }

  /** The text of a scalar key, stripped; missing or blank is an error. */
  String text(JsonNode node, String where, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isValueNode() || value.asText().isBlank()) {
      throw fail(path(where, key), "missing");
    }
    return value.asText().strip();
  }

  void requireObject(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "expected keys and values here");
    }
  }

  void onlyKeys(JsonNode node, String where, Set<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!allowed.contains(key)) {
                String expected = String.join(", ", allowed.stream().sorted().toList());
                throw failAt(
                    path(where, key),
                    where,
                    "unknown key '" + key + "' (expected: " + expected + ")");
              }
            });
  }

  /**
   * The workspace a key names ({@code slack:T0123ABC}, {@code discord:1234}), or empty when it
   * names none.
   */
  static Optional<Tenant> tenantOf(String key) {
    int colon = key.indexOf(':');
    String platform = colon < 0 ? "" : key.substring(0, colon).toUpperCase(Locale.ROOT);
    try {
      return Optional.of(new Tenant(Platform.valueOf(platform), key.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The workspace a section's key names, beside its {@code default}. */
  Tenant workspaceKey(String key, String where) {
    return tenantOf(key)
        .orElseThrow(
            () ->
                fail(
                    where,
                    "name a workspace as slack:T0123ABC, a guild as discord:1234, or use default"));
  }

  static String path(String where, String key) {
    return where.isEmpty() ? key : where + "." + key;
  }
}
