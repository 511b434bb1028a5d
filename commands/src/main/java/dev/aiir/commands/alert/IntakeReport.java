package dev.aiir.commands.alert;

import dev.aiir.commands.model.IncidentId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a notification came to, alert by alert (or group by group). */
public record IntakeReport(List<Result> results) {
  /** What became of one alert. */
  public enum Outcome {
    /** It opened an incident. */
    DECLARED,
    /** It was posted with a Declare button. */
    OFFERED,
    /** Its status changed (resolved, or firing again): recorded on its incident or offer. */
    UPDATED,
    /** Nothing new: a repeat, or a second delivery of an alert already taken in. */
    REPEATED,
    /** A resolved alert with nothing open for it. */
    IGNORED,
    /** No route matched and there is no default route. */
    UNROUTED
  }

  /**
   * One alert's outcome and the incident it is on, if any.
   *
   * @param key the source and the alert's fingerprint ({@code alertmanager:1a30ba71cca2921f}), or
   *     its group's key on a grouping route ({@code alertmanager:group:{}:{alertname="X"}})
   */
  public record Result(String key, Outcome outcome, Optional<IncidentId> incident) {
    /** The key without its source: the alert's fingerprint, or {@code group:<groupKey>}. */
    public String fingerprint() {
      return key.substring(key.indexOf(':') + 1);
    }
  }

  public IntakeReport {
    results = List.copyOf(results);
  }

  /** Whether no alert of the notification had anywhere to go. */
  public boolean nothingRouted() {
    return results.stream().allMatch(r -> r.outcome() == Outcome.UNROUTED);
  }

  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome, 0);
    }
    results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    return counts;
  }

  /** The incidents the notification is about, each once, in order. */
  public List<IncidentId> incidents() {
    return results.stream().flatMap(r -> r.incident().stream()).distinct().toList();
  }
}
