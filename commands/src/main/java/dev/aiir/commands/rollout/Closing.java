package dev.aiir.commands.rollout;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutStatus;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.Optional;

/**
 * SPEC section 3: an incident is closed when its PIR is completed and any rollout has reached its
 * end. {@code pir done} asks whether a rollout still runs; the end of a rollout closes an incident
 * whose PIR is already done.
 */
public final class Closing {
  private Closing() {}

  /** The rollout still running that keeps the incident open, if any. */
  public static Optional<PhaseRun> runningRollout(TenantStore tx, Incident incident) {
    return tx.rollouts()
        .of(incident.id())
        .filter(r -> r.status() == RolloutStatus.ACTIVE)
        .map(Rollout::current);
  }

  /** Closes the incident if its PIR is done, now that its rollout has ended. */
  static void afterRolloutEnded(
      TenantStore tx, Incident incident, Instant now, UserRef by, EntrySource source) {
    if (incident.state() != IncidentState.RESOLVED || incident.pirLink() == null) {
      return;
    }
    tx.incidents().update(incident.withState(IncidentState.CLOSED));
    tx.timeline()
        .append(
            incident.id(),
            new TimelineEntry(
                0,
                now,
                now,
                by,
                source,
                EntryKind.ROLLOUT,
                "Incident closed: the PIR and the traffic restoration are complete",
                null));
  }
}
