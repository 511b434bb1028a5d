package dev.aiir.commands.choice;

import dev.aiir.commands.handling.IncidentGuard;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.ReminderChoices;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.nudge.UpdateNudges;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * The state a button is made for, as a short token in its id, and the check that the incident is
 * still in that state when the button is pressed.
 */
final class ChoiceGuards {
  private ChoiceGuards() {}

  static IncidentGuard of(ChoiceId id) {
    return switch (id.kind()) {
      case PROMOTE, HALT -> (tx, incident) -> runMoved(tx, incident, id.guard());
      case MARK_PIR_DONE -> (tx, incident) -> pirDone(incident);
      case SNOOZE -> (tx, incident) -> timelineMoved(tx, incident, id.guard());
      case ROLLOUT_STATUS, DRAFT_PIR, POST_UPDATE, DECLARE, DECLARE_ALERT -> IncidentGuard.NONE;
    };
  }

  private static Optional<String> runMoved(TenantStore tx, Incident incident, String guard) {
    Optional<Rollout> rollout = tx.rollouts().of(incident.id());
    if (rollout.isEmpty()) {
      return Optional.of(ChoiceMessages.noRollout(incident));
    }
    PhaseRun now = rollout.get().current();
    if (!ReminderChoices.ofRun(now).equals(guard)) {
      return Optional.of(ChoiceMessages.phaseMoved(incident, now));
    }
    if (!now.isRunning()) {
      return Optional.of(ChoiceMessages.phaseEnded(incident, now));
    }
    return Optional.empty();
  }

  private static Optional<String> pirDone(Incident incident) {
    return incident.pirLink() == null
        ? Optional.empty()
        : Optional.of(ChoiceMessages.pirAlreadyDone(incident));
  }

  private static Optional<String> timelineMoved(TenantStore tx, Incident incident, String guard) {
    if (!incident.state().isActive()) {
      return Optional.of(ChoiceMessages.notActive(incident));
    }
    return ReminderChoices.ofTimeline(UpdateNudges.updates(tx.timeline().of(incident.id())))
            .equals(guard)
        ? Optional.empty()
        : Optional.of(ChoiceMessages.timelineMoved(incident));
  }
}
