package dev.aiir.bot.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Alertmanager's webhook notification (version 4: {@code receiver}, {@code status}, {@code
 * alerts[]} each with {@code status}, {@code labels}, {@code annotations}, {@code startsAt}, {@code
 * endsAt}, {@code generatorURL}, {@code fingerprint}; {@code groupLabels}, {@code commonLabels},
 * {@code commonAnnotations}, {@code externalURL}, {@code groupKey}, {@code truncatedAlerts}), and
 * Grafana's contact point, which sends the same with {@code version} "1", {@code orgId}, {@code
 * title}, {@code state}, {@code message}, and per alert {@code values}, {@code dashboardURL},
 * {@code panelURL}, {@code silenceURL} and {@code imageURL}.
 */
final class AlertmanagerJson {
  private AlertmanagerJson() {}

  static AlertBatch read(String body, AlertSource source, Instant now) {
    JsonNode root = JsonFields.object(body);
    String expected = source == AlertSource.GRAFANA ? "1" : "4";
    Optional<String> version = JsonFields.text(root, "", "version");
    if (version.isPresent() && !version.get().equals(expected)) {
      throw new PayloadProblem(
          PayloadProblem.Kind.VERSION,
          "version",
          "'" + version.get() + "' is not " + source.label() + "'s webhook version " + expected);
    }
    JsonNode alerts = root.get("alerts");
    if (alerts == null || !alerts.isArray() || alerts.isEmpty()) {
      throw new PayloadProblem("alerts", "expected a list of one or more alerts");
    }
    List<Alert> read = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      read.add(alert(alerts.get(i), "alerts[" + (i + 1) + "]", source, now));
    }
    return new AlertBatch(
        source,
        JsonFields.text(root, "", "groupKey").orElse(null),
        read,
        truncated(root),
        JsonFields.text(root, "", "externalURL").orElse(null));
  }

  private static int truncated(JsonNode root) {
    JsonNode count = root.get("truncatedAlerts");
    if (count == null || count.isNull()) {
      return 0;
    }
    if (!count.canConvertToInt() || !count.isIntegralNumber() || count.intValue() < 0) {
      throw new PayloadProblem("truncatedAlerts", "expected a count of alerts, 0 or more");
    }
    return count.intValue();
  }

  private static Alert alert(JsonNode node, String where, AlertSource source, Instant now) {
    if (!node.isObject()) {
      throw new PayloadProblem(where, "expected an alert object");
    }
    AlertStatus status = status(JsonFields.required(node, where, "status"), where);
    Map<String, String> labels = JsonFields.strings(node, where, "labels");
    Map<String, String> annotations = JsonFields.strings(node, where, "annotations");
    Instant startsAt =
        JsonFields.time(node, where, "startsAt")
            .orElseThrow(() -> new PayloadProblem(where + ".startsAt", "missing"));
    if (labels.isEmpty()) {
      // Alertmanager and Grafana always send at least alertname: without labels there is nothing to
      // route by, name the alert by or tell one alert from another.
      throw new PayloadProblem(
          PayloadProblem.Kind.NO_LABELS,
          JsonFields.path(where, "labels"),
          "an alert needs at least one label, such as alertname");
    }
    Instant endsAt = JsonFields.time(node, where, "endsAt").orElse(null);
    if (status == AlertStatus.RESOLVED && endsAt == null) {
      endsAt = now;
    }
    if (status == AlertStatus.FIRING) {
      endsAt = null; // Alertmanager's estimate of when a firing alert ends is no fact.
    }
    String fingerprint =
        JsonFields.text(node, where, "fingerprint").orElseGet(() -> Fingerprints.of("", labels));
    values(node, where).ifPresent(v -> annotations.putIfAbsent("values", v));
    Map<String, String> links = new LinkedHashMap<>();
    for (String link : List.of("dashboardURL", "panelURL", "silenceURL", "imageURL")) {
      JsonFields.text(node, where, link)
          .ifPresent(url -> links.put(link.replace("URL", "").toLowerCase(Locale.ROOT), url));
    }
    String title =
        Optional.ofNullable(annotations.get("summary"))
            .or(() -> Optional.ofNullable(labels.get("alertname")))
            .orElse("Alert " + fingerprint);
    return new Alert(
        source,
        fingerprint,
        status,
        title,
        labels,
        annotations,
        startsAt,
        endsAt,
        JsonFields.text(node, where, "generatorURL").orElse(null),
        links);
  }

  static AlertStatus status(String text, String where) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "firing" -> AlertStatus.FIRING;
      case "resolved" -> AlertStatus.RESOLVED;
      default ->
          throw new PayloadProblem(
              JsonFields.path(where, "status"), "'" + text + "' is neither firing nor resolved");
    };
  }

  /** Grafana's query values ({@code {"B": 44.2, "C": 1}}) as {@code B=44.2, C=1}. */
  private static Optional<String> values(JsonNode node, String where) {
    JsonNode values = node.get("values");
    if (values != null && values.isObject() && !values.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        pairs.add(e.getKey() + "=" + e.getValue().asText());
      }
      return Optional.of(String.join(", ", pairs));
    }
    return JsonFields.text(node, where, "valueString");
  }
}
