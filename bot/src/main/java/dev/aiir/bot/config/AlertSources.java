package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.AlertSource;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code alerts.sources}: for each source (alertmanager, grafana, webhook) one credential, a
 * bearer token ({@code token_env} or {@code token_file}) or an HMAC secret ({@code hmac_secret_env}
 * or {@code hmac_secret_file}), read now, so that a missing one stops start-up. A secret written in
 * the file itself is refused: the file is often in version control.
 */
final class AlertSources {
  private static final List<String> CREDENTIALS =
      List.of("token_env", "token_file", "hmac_secret_env", "hmac_secret_file");
  private final ConfigNodes nodes;
  private final ConfigSecrets secrets;

  AlertSources(ConfigNodes nodes, Map<String, String> env) {
    this.nodes = nodes;
    this.secrets = new ConfigSecrets(nodes, env);
  }

  Map<AlertSource, AlertSourceSettings> read(JsonNode node, String where) {
    nodes.requireObject(node, where);
    nodes.onlyKeys(node, where, Set.of("alertmanager", "grafana", "webhook"));
    if (node.isEmpty()) {
      throw nodes.fail(where, "name at least one of alertmanager, grafana, webhook");
    }
    Map<AlertSource, AlertSourceSettings> sources = new EnumMap<>(AlertSource.class);
    node.fields()
        .forEachRemaining(
            e -> {
              AlertSource source = AlertSource.valueOf(e.getKey().toUpperCase(Locale.ROOT));
              sources.put(source, source(source, e.getValue(), where + "." + e.getKey()));
            });
    return sources;
  }

  private AlertSourceSettings source(AlertSource source, JsonNode node, String where) {
    nodes.requireObject(node, where);
    secrets.refuseWritten(node, where, "token", "hmac_secret");
    nodes.onlyKeys(
        node,
        where,
        Set.of(
            "token_env",
            "token_file",
            "hmac_secret_env",
            "hmac_secret_file",
            "signature_header",
            "timestamp_header",
            "max_age"));
    List<String> given = CREDENTIALS.stream().filter(node::has).toList();
    if (given.size() != 1) {
      throw nodes.fail(
          where,
          "give exactly one credential: token_env, token_file, hmac_secret_env or"
              + " hmac_secret_file"
              + (given.isEmpty() ? "" : " (not " + String.join(" and ", given) + ")"));
    }
    String key = given.get(0);
    Secret secret = secrets.read(nodes.text(node, where, key), key, where + "." + key);
    AlertSourceSettings.Auth auth =
        key.startsWith("token") ? AlertSourceSettings.Auth.BEARER : AlertSourceSettings.Auth.HMAC;
    if (auth == AlertSourceSettings.Auth.BEARER
        && (node.has("signature_header") || node.has("timestamp_header"))) {
      throw nodes.fail(where, "signature_header and timestamp_header go with an hmac_secret");
    }
    String header =
        node.has("signature_header")
            ? nodes.text(node, where, "signature_header")
            : AlertSourceSettings.defaultSignatureHeader(source);
    Optional<String> timestamp =
        node.has("timestamp_header")
            ? Optional.of(nodes.text(node, where, "timestamp_header"))
            : Optional.empty();
    Duration maxAge = Duration.ofMinutes(5);
    if (node.has("max_age")) {
      String text = nodes.text(node, where, "max_age");
      maxAge =
          DurationText.parse(text)
              .filter(d -> !d.isZero())
              .orElseThrow(
                  () ->
                      nodes.fail(
                          where + ".max_age", "'" + text + "' is not a duration such as 5m"));
    }
    return new AlertSourceSettings(source, auth, secret, header, timestamp, maxAge);
  }
}
