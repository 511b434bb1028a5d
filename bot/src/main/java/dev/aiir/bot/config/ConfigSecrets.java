package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a secret that a configuration key names ({@code token_env: AIIR_GITHUB_TOKEN} or {@code
 * token_file: /run/secrets/github}), now, so that a missing one stops start-up; an error names the
 * variable or the file, never what it holds.
 */
final class ConfigSecrets {
  private final ConfigNodes nodes;
  private final Map<String, String> env;

  ConfigSecrets(ConfigNodes nodes, Map<String, String> env) {
    this.nodes = nodes;
    this.env = env;
  }

  /**
   * Refuses a secret written in the file itself under one of {@code keys}: the file is often in
   * version control.
   */
  void refuseWritten(JsonNode node, String where, String... keys) {
    for (String key : keys) {
      if (node.has(key)) {
        throw nodes.fail(
            ConfigNodes.path(where, key),
            "keep secrets out of this file: name an environment variable ("
                + key
                + "_env) or a file ("
                + key
                + "_file) that holds it");
      }
    }
  }

  /** The secret {@code key} ({@code ..._env} or {@code ..._file}) names with {@code name}. */
  Secret read(String name, String key, String where) {
    if (key.endsWith("_env")) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        throw nodes.fail(where, "the environment variable " + name + " is not set");
      }
      return new Secret(value.strip(), "env " + name);
    }
    String value;
    try {
      value = Files.readString(Path.of(name), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      throw nodes.fail(where, "the file " + name + " cannot be read");
    }
    if (value.isEmpty()) {
      throw nodes.fail(where, "the file " + name + " is empty");
    }
    return new Secret(value, "file " + name);
  }
}
