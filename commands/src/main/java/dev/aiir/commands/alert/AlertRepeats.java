package dev.aiir.commands.alert;

import dev.aiir.commands.alert.AlertUnits.Unit;
import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertGlance;
import dev.aiir.commands.model.AlertStatus;
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

  /**
   * What the read found: the repeat this delivery is, or none when the write transaction must
   * decide; {@code unseen} when its key had no record at all, so that the write transaction can
   * open it without reading it again ({@link dev.aiir.commands.port.AlertTable#openFirst}).
   */
  record Read(Optional<Result> repeat, boolean unseen) {
    static Read repeat(Result result) {
      return new Read(Optional.of(result), false);
    }

    static Read toDecide() {
      return new Read(Optional.empty(), false);
    }

    static Read unseenKey() {
      return new Read(Optional.empty(), true);
    }
  }

  /** What a read can tell of this delivery before any write. */
  static Read of(TenantStore tx, Unit unit, AlertBatch batch) {
    if (batch.truncated() > 0) {
      return Read.toDecide(); // It may add the left-out count to the timeline.
    }
    Alert alert = unit.alert();
    Optional<AlertGlance> latest = tx.alerts().glance(unit.key());
    if (latest.isEmpty()) {
      return Read.unseenKey();
    }
    AlertGlance record = latest.get();
    if (record.isOpen()) {
      if (record.status() != alert.status()) {
        return Read.toDecide();
      }
      if (record.incidentEnded()) {
        return Read.toDecide(); // The write transaction closes the record.
      }
      return Read.repeat(new Result(unit.key(), Outcome.REPEATED, record.incident()));
    }
    // The same firing whose incident people already resolved (or whose offer resolved).
    if (alert.status() == AlertStatus.FIRING && !alert.startsAt().isAfter(record.closedAt())) {
      return Read.repeat(new Result(unit.key(), Outcome.REPEATED, record.incident()));
    }
    return Read.toDecide();
  }
}
