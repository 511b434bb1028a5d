package dev.aiir.commands.insight;

import dev.aiir.commands.port.IncidentFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The three times a report measures, each from the incident's detection (its earliest known alert,
 * or its declaration when none was given) to a point read from its record. An incident without that
 * point is left out of the metric and counted as excluded; a point before detection counts as zero.
 */
public enum Metric {
  /** To the first {@code ack} timeline entry (the on-call responder confirmed). */
  MTTA("MTTA", "time to acknowledge", "detection to the first ack entry", "never acknowledged"),
  /**
   * To the first {@code rollback} timeline entry (which is also what moves an incident to
   * mitigated), or to its resolution when that came first or no rollback was recorded: a resolved
   * incident is mitigated at the latest when it is resolved.
   */
  MTTM(
      "MTTM",
      "time to mitigate",
      "detection to the first rollback entry, or to resolution if that came first",
      "neither mitigated nor resolved"),
  /** To the resolution ({@code resolve}). */
  MTTR("MTTR", "time to resolve", "detection to resolution", "still open");

  private final String label;
  private final String title;
  private final String definition;
  private final String excludedWhen;

  Metric(String label, String title, String definition, String excludedWhen) {
    this.label = label;
    this.title = title;
    this.definition = definition;
    this.excludedWhen = excludedWhen;
  }

  public String label() {
    return label;
  }

  /** Such as "time to acknowledge". */
  public String title() {
    return title;
  }

  public String definition() {
    return definition;
  }

  /** Why an incident is left out, such as "never acknowledged". */
  public String excludedWhen() {
    return excludedWhen;
  }

  /** The point this metric measures to; empty when the incident has not reached it. */
  public Optional<Instant> end(IncidentFacts incident) {
    return switch (this) {
      case MTTA -> Optional.ofNullable(incident.firstAckAt());
      case MTTM -> earliest(incident.firstRollbackAt(), incident.resolvedAt());
      case MTTR -> Optional.ofNullable(incident.resolvedAt());
    };
  }

  /** Detection to {@link #end}, never negative; empty when the incident is left out. */
  public Optional<Duration> of(IncidentFacts incident) {
    return end(incident)
        .map(end -> Duration.between(incident.detectedAt(), end))
        .map(d -> d.isNegative() ? Duration.ZERO : d);
  }

  /** Whether the incident's mitigation is its resolution (no rollback came before it). */
  public static boolean mitigatedOnlyByResolution(IncidentFacts incident) {
    return incident.resolvedAt() != null
        && (incident.firstRollbackAt() == null
            || incident.resolvedAt().isBefore(incident.firstRollbackAt()));
  }

  private static Optional<Instant> earliest(Instant a, Instant b) {
    if (a == null || b == null) {
      return Optional.ofNullable(a != null ? a : b);
    }
    return Optional.of(a.isBefore(b) ? a : b);
  }
}
