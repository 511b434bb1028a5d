package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert the bot took in, kept while its incident (or the offer to declare one) is open: the
 * store holds at most one open record per {@code key}, which is how one alert, however often and to
 * however many replicas it is sent, opens one incident.
 *
 * @param id the store's number; 0 until stored
 * @param key the dedupe key: the source and its fingerprint, or its group key for grouped routes
 * @param alert the alert as first received, firing: its labels, annotations, links and start
 * @param status its latest status
 * @param changedAt when the latest status began (the end of a resolved alert, the start of a
 *     re-firing one)
 * @param incident the incident it opened; null while it is only offered
 * @param openedAt when the bot took it in
 * @param closedAt when it stopped being open (its incident resolved, or the offered alert
 *     resolved); null while open
 */
public record AlertRecord(
    long id,
    String key,
    Alert alert,
    AlertStatus status,
    Instant changedAt,
    IncidentId incident,
    Instant openedAt,
    Instant closedAt) {

  public AlertRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(openedAt, "openedAt");
    if (alert.status() != AlertStatus.FIRING) {
      throw new IllegalArgumentException(
          "an alert is taken in firing; a resolved one opens nothing");
    }
  }

  /** A firing alert taken in now, not yet stored nor declared. */
  public static AlertRecord opened(String key, Alert alert, Instant now) {
    return new AlertRecord(0, key, alert, AlertStatus.FIRING, alert.startsAt(), null, now, null);
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Optional<IncidentId> declared() {
    return Optional.ofNullable(incident);
  }

  public AlertRecord withId(long value) {
    return new AlertRecord(value, key, alert, status, changedAt, incident, openedAt, closedAt);
  }

  public AlertRecord withIncident(IncidentId value) {
    return new AlertRecord(id, key, alert, status, changedAt, value, openedAt, closedAt);
  }

  public AlertRecord withStatus(AlertStatus value, Instant since) {
    return new AlertRecord(id, key, alert, value, since, incident, openedAt, closedAt);
  }

  public AlertRecord closed(Instant at) {
    return new AlertRecord(id, key, alert, status, changedAt, incident, openedAt, at);
  }

  /** The alert's labels, for status and the review. */
  public Map<String, String> labels() {
    return alert.labels();
  }
}
