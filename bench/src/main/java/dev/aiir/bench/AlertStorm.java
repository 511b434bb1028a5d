package dev.aiir.bench;

import dev.aiir.bot.http.PostRequest;
import java.util.Map;

/**
 * The storm's notifications: Alertmanager's webhook JSON (version 4), one firing alert each, alert
 * {@code i} on fingerprint {@code (i / replicas) % fingerprints}: with two replicas, alerts {@code
 * 2k} and {@code 2k + 1} (sent at the same moment, one to each replica) are the same alert, as
 * Alertmanager's HA peers send it. Every alert of a fingerprint has the same start, so after the
 * first each is a repeat, as Alertmanager's re-sends and its HA peers are.
 */
final class AlertStorm {
  static final String PATH = "/alerts/alertmanager";

  /** The start of each alert's summary, so of its incident's title. */
  static final String TITLE = "Bench alert ";

  private final String token;
  private final int fingerprints;
  private final String kind;
  private final int replicas;

  /**
   * @param kind {@code storm} for the measured alerts, {@code warmup} for those before, which a
   *     route of their own takes to another workspace
   * @param replicas how many bots the storm is split between, in turn
   */
  AlertStorm(String token, int fingerprints, String kind, int replicas) {
    this.token = token;
    this.fingerprints = fingerprints;
    this.kind = kind;
    this.replicas = replicas;
  }

  /** The HTTP request of alert {@code i}, for {@code authority} (host:port). */
  byte[] request(String authority, int i) {
    return PostRequest.bytes(
        authority,
        PATH,
        Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
        body((i / replicas) % fingerprints));
  }

  String body(int fingerprint) {
    String name = String.format("%s-%04d", kind, fingerprint);
    return """
        {"version":"4","status":"firing","receiver":"aiir","groupKey":"{}:{alertname=\\"%1$s\\"}",\
        "groupLabels":{"alertname":"%1$s"},"commonLabels":{"alertname":"%1$s"},\
        "externalURL":"http://alertmanager.bench:9093","truncatedAlerts":0,\
        "alerts":[{"status":"firing","fingerprint":"%1$s",\
        "labels":{"alertname":"%1$s","service":"bench","severity":"warning","bench":"%2$s"},\
        "annotations":{"summary":"%3$s%1$s"},\
        "startsAt":"2026-03-12T14:22:05.739Z","endsAt":"0001-01-01T00:00:00Z",\
        "generatorURL":"http://prometheus.bench:9090/graph"}]}"""
        .formatted(name, kind, TITLE);
  }
}
