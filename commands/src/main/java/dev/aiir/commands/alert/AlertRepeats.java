package dev.aiir.commands.alert;

import dev.aiir.commands.alert.AlertUnits.Unit;
import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * Tells a repeat from a read. A storm of alerts is mostly repeats (Alertmanager's re-sends, its HA
 * peers, retries); deciding each in a write transaction queued them behind the writers (on SQLite
 * one at a time) for nothing. A delivery that would change nothing is answered from a read that
 * takes no write lock; anything else, or anything in doubt, goes to the write transaction, which
 * decides again.
 */
final class AlertRepeats {
  private AlertRepeats() {}

  /** The repeat this delivery is, or empty when the write transaction must decide. */
  static Optional<Result> of(TenantStore tx, Unit unit, AlertBatch batch) {
    if (batch.truncated() > 0) {
      return Optional.empty(); // It may add the left-out count to the timeline.
    }
    Alert alert = unit.alert();
    Optional<AlertRecord> latest = tx.alerts().latest(unit.key());
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    AlertRecord record = latest.get();
    if (record.isOpen()) {
      if (record.status() != alert.status()) {
        return Optional.empty();
      }
      Optional<IncidentId> on = record.declared();
      if (on.isPresent()
          && tx.incidents()
              .find(on.get())
              .map(Incident::state)
              .filter(s -> s.isActive())
              .isEmpty()) {
        return Optional.empty(); // Its incident ended: the write transaction closes the record.
      }
      return Optional.of(new Result(unit.key(), Outcome.REPEATED, on));
    }
    // The same firing whose incident people already resolved (or whose offer resolved).
    if (alert.status() == AlertStatus.FIRING && !alert.startsAt().isAfter(record.closedAt())) {
      return Optional.of(new Result(unit.key(), Outcome.REPEATED, record.declared()));
    }
    return Optional.empty();
  }
}
