package dev.aiir.bot.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the generic webhook's JSON, aiir's own small format for any tool that can POST:
 *
 * <pre>{@code
 * {"title": "Assistant error rate above 5%",      required
 *  "severity": "critical",                        the label severity, unless labels has one
 *  "fingerprint": "assistant-errors",             default: a hash of title and labels
 *  "status": "firing",                            firing (default) or resolved
 *  "startsAt": "2026-03-12T14:22:00Z",            default: when it arrives
 *  "endsAt": "2026-03-12T14:41:00Z",              for resolved; default: when it arrives
 *  "labels": {"service": "assistant"},
 *  "annotations": {"runbook_url": "https://..."},
 *  "url": "https://grafana.example.com/d/abc"}    the generator URL
 * }</pre>
 *
 * Unknown fields are refused, so that a misspelt one is noticed rather than ignored.
 */
final class WebhookJson {
  static final Set<String> FIELDS =
      Set.of(
          "title",
          "severity",
          "fingerprint",
          "status",
          "startsAt",
          "endsAt",
          "labels",
          "annotations",
          "url");

  private WebhookJson() {}

  static AlertBatch read(String body, Instant now) {
    JsonNode root = JsonFields.object(body);
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw new PayloadProblem(
                    "",
                    "unknown field '"
                        + name
                        + "' (expected: "
                        + String.join(", ", FIELDS.stream().sorted().toList())
                        + ")");
              }
            });
    String title = JsonFields.required(root, "", "title");
    Map<String, String> labels = JsonFields.strings(root, "", "labels");
    JsonFields.text(root, "", "severity").ifPresent(s -> labels.putIfAbsent("severity", s));
    AlertStatus status =
        JsonFields.text(root, "", "status")
            .map(s -> AlertmanagerJson.status(s, ""))
            .orElse(AlertStatus.FIRING);
    Instant startsAt = JsonFields.time(root, "", "startsAt").orElse(now);
    Instant endsAt =
        status == AlertStatus.RESOLVED ? JsonFields.time(root, "", "endsAt").orElse(now) : null;
    Alert alert =
        new Alert(
            AlertSource.WEBHOOK,
            JsonFields.text(root, "", "fingerprint")
                .orElseGet(() -> Fingerprints.of(title, labels)),
            status,
            title,
            labels,
            JsonFields.strings(root, "", "annotations"),
            startsAt,
            endsAt,
            JsonFields.text(root, "", "url").orElse(null),
            Map.of());
    return new AlertBatch(AlertSource.WEBHOOK, null, List.of(alert), 0, null);
  }
}
