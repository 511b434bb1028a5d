package dev.aiir.db;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.port.RecoveryTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code recovery_progress} table: at most one row per checklist step of an incident. */
final class RecoveryRows implements RecoveryTable {
  private static final String SAVE =
      """
      INSERT INTO recovery_progress
        (tenant_platform, tenant_workspace, incident_id, step, done_by_id, done_by_name, done_at,
         note)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :step, :done_by_id, :done_by_name,
         :done_at, :note)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, step) DO UPDATE SET
        done_by_id = excluded.done_by_id, done_by_name = excluded.done_by_name,
        done_at = excluded.done_at, note = excluded.note
      """;
  private static final String LIST =
      """
      SELECT step, done_by_id, done_by_name, done_at, note
      FROM recovery_progress
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      """;

  private final TenantScope scope;

  RecoveryRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public void save(IncidentId id, RecoveryProgress progress) {
    Columns.bindUser(scope.update(SAVE), "done_by", progress.doneBy())
        .bind("incident_id", id.value())
        .bind("step", progress.step().key())
        .bind("done_at", Columns.millis(progress.doneAt()))
        .bind("note", progress.note())
        .execute();
  }

  /** Sorted here because checklist order is the enum's, which the step codes do not sort by. */
  @Override
  public List<RecoveryProgress> of(IncidentId id) {
    return scope.query(LIST).bind("incident_id", id.value()).map(RecoveryRows::progress).stream()
        .sorted(Comparator.comparing(RecoveryProgress::step))
        .toList();
  }

  private static RecoveryProgress progress(ResultSet row, StatementContext context)
      throws SQLException {
    return new RecoveryProgress(
        Codes.parse(RecoveryStep.class, row.getString("step"), RecoveryStep::key),
        Columns.user(row, "done_by"),
        Columns.instant(row, "done_at"),
        row.getString("note"));
  }
}
