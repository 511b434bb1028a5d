package dev.aiir.commands.port;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackedIssue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident's whole record, read to be shown, never to be changed; {@code issues} are its action
 * items' exported tracker issues.
 */
public record IncidentFile(
    Incident incident,
    List<TimelineEntry> timeline,
    List<ActionItem> actions,
    List<RecoveryProgress> recovery,
    Optional<Rollout> rollout,
    List<AlertRecord> alerts,
    List<TrackedIssue> issues) {

  public IncidentFile {
    Objects.requireNonNull(incident, "incident");
    timeline = List.copyOf(timeline);
    actions = List.copyOf(actions);
    recovery = List.copyOf(recovery);
    Objects.requireNonNull(rollout, "rollout");
    alerts = List.copyOf(alerts);
    issues = List.copyOf(issues);
  }
}
