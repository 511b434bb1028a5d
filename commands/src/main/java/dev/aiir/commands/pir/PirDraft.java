package dev.aiir.commands.pir;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.RecoveryChecklist;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The facts a review is drafted from, whether from the bot's record, the channel's history or both.
 * A null field is a fact the bot does not know: the renderers show it as a {@code TODO:}.
 *
 * @param incidentId the id, or null when drafting a channel that never had one
 * @param detectedAt the earliest alert, recorded or found in history
 * @param rootCause the recorded root cause, or null
 * @param statedRootCause a root cause as stated in the channel, used when none was recorded
 * @param statedImpact an impact as stated in the channel, used when none was recorded
 * @param model the affected model as recorded, or as the channel named it rolled back; or null
 * @param restoration one line per phase of the staged restoration; empty when none was recorded
 * @param alerts the monitoring alerts that opened the incident or were offered for it; empty when
 *     people declared it
 * @param tracked the action items' issues in trackers; empty when none was exported
 */
public record PirDraft(
    String incidentId,
    String title,
    Severity severity,
    Instant detectedAt,
    Instant resolvedAt,
    Instant now,
    String impact,
    StatedFact statedImpact,
    String model,
    String rootCause,
    StatedFact statedRootCause,
    List<DraftLine> timeline,
    List<ActionItem> actions,
    RecoveryChecklist recovery,
    List<String> restoration,
    List<Participant> participants,
    Instant pirDueAt,
    String pirLink,
    List<AlertRecord> alerts,
    List<TrackedIssue> tracked) {

  public PirDraft {
    alerts = List.copyOf(alerts);
    tracked = List.copyOf(tracked);
    timeline = List.copyOf(timeline);
    actions = List.copyOf(actions);
    participants = List.copyOf(participants);
    restoration = List.copyOf(restoration);
  }

  /** Detection to resolution (or to now while open); empty without a detection time. */
  public Optional<Duration> duration() {
    if (detectedAt == null) {
      return Optional.empty();
    }
    Duration d = Duration.between(detectedAt, resolvedAt != null ? resolvedAt : now);
    return Optional.of(d.isNegative() ? Duration.ZERO : d);
  }
}
