package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * What a report needs of one incident, read with its timeline's first acknowledgement and first
 * rollback: one row per incident, however long its timeline.
 *
 * @param model NAME@VERSION, or null when none was named
 * @param firstAckAt the time of its first {@code ack} entry; null when never acknowledged
 * @param firstRollbackAt the time of its first {@code rollback} entry; null when none
 * @param resolvedAt null while open
 * @param pirDueAt null until resolved
 * @param pirDone whether {@code pir done} recorded the review's link
 * @param rootCause the stated root cause, or null
 */
public record IncidentFacts(
    Tenant tenant,
    IncidentId id,
    String title,
    Severity severity,
    IncidentState state,
    String model,
    Instant detectedAt,
    Instant firstAckAt,
    Instant firstRollbackAt,
    Instant resolvedAt,
    Instant pirDueAt,
    boolean pirDone,
    String rootCause) {

  public IncidentFacts {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }
}
