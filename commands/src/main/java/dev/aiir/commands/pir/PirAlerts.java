package dev.aiir.commands.pir;

import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertLines;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.TimeFormats;
import java.util.List;
import java.util.Map;

/**
 * The review's account of the monitoring alerts behind the incident: what fired, from which source,
 * when, with its labels, annotations and links, so a reviewer can go back to the rule.
 */
final class PirAlerts {
  private PirAlerts() {}

  /** {@code ## Alerts} with one entry per alert; nothing when people declared the incident. */
  static String section(List<AlertRecord> alerts) {
    if (alerts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Alerts\n");
    for (AlertRecord record : alerts) {
      Alert alert = record.alert();
      out.append("- ")
          .append(PirRenderer.inline(alert.title()))
          .append(" (")
          .append(alert.source().label())
          .append("), firing since ")
          .append(TimeFormats.dateTime(alert.startsAt()))
          .append("; now ")
          .append(record.status().key())
          .append('\n');
      if (!alert.labels().isEmpty()) {
        out.append("  - Labels: ").append(AlertLines.labels(alert.labels())).append('\n');
      }
      AlertLines.annotations(alert.annotations())
          .forEach(line -> out.append("  - ").append(line).append('\n'));
      AlertLines.links(alert).forEach(line -> out.append("  - ").append(line).append('\n'));
    }
    return out.append('\n').toString();
  }

  static void json(JsonWriter json, List<AlertRecord> alerts) {
    json.name("alerts").beginArray();
    for (AlertRecord record : alerts) {
      Alert alert = record.alert();
      json.beginObject();
      json.field("source", alert.source().key());
      json.field("fingerprint", alert.fingerprint());
      json.field("title", alert.title());
      json.field("status", record.status().key());
      json.field("startsAt", alert.startsAt().toString());
      json.field("statusSince", record.changedAt().toString());
      json.field("generatorUrl", alert.generatorUrl());
      map(json, "labels", alert.labels());
      map(json, "annotations", alert.annotations());
      map(json, "links", alert.links());
      json.endObject();
    }
    json.endArray();
  }

  private static void map(JsonWriter json, String name, Map<String, String> values) {
    json.name(name).beginObject();
    values.forEach(json::field);
    json.endObject();
  }
}
