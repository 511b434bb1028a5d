package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alert as its source sent it, read into one shape whatever the source: Alertmanager's, a
 * Grafana contact point's or the generic webhook's.
 *
 * @param fingerprint the source's stable id of the alert (its label set), the dedupe key's heart
 * @param title what the alert says is wrong, in one line (its summary, else its name)
 * @param startsAt when it began to fire: the incident's detection time
 * @param endsAt when it resolved; null while it fires (Alertmanager sends {@code
 *     0001-01-01T00:00:00Z} then)
 * @param generatorUrl the rule or graph that fired it; null when the source gave none
 * @param links other pages the source named (Grafana's dashboard, panel and silence URLs)
 */
public record Alert(
    AlertSource source,
    String fingerprint,
    AlertStatus status,
    String title,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String generatorUrl,
    Map<String, String> links) {

  public Alert {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startsAt, "startsAt");
    labels = sorted(labels);
    annotations = sorted(annotations);
    links = sorted(links);
  }

  /** The label, or null. */
  public String label(String name) {
    return labels.get(name);
  }

  /** When its current status began: its start while it fires, its end once resolved. */
  public Instant statusAt() {
    return status == AlertStatus.RESOLVED && endsAt != null ? endsAt : startsAt;
  }

  static Map<String, String> sorted(Map<String, String> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
