package dev.aiir.db;

import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.port.RolloutTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** The {@code rollout_phases} table: one row per phase a rollout entered, numbered from 1. */
final class RolloutRows implements RolloutTable {
  private static final String SAVE =
      """
      INSERT INTO rollout_phases
        (tenant_platform, tenant_workspace, incident_id, run, phase_key, phase_name, traffic,
         entered_at, entered_by_id, entered_by_name, fired, ended_at, ended_by_id, ended_by_name,
         ending, note)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :run, :phase_key, :phase_name,
         :traffic, :entered_at, :entered_by_id, :entered_by_name, :fired, :ended_at,
         :ended_by_id, :ended_by_name, :ending, :note)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, run) DO UPDATE SET
        phase_key = excluded.phase_key, phase_name = excluded.phase_name,
        traffic = excluded.traffic, entered_at = excluded.entered_at,
        entered_by_id = excluded.entered_by_id, entered_by_name = excluded.entered_by_name,
        fired = excluded.fired, ended_at = excluded.ended_at, ended_by_id = excluded.ended_by_id,
        ended_by_name = excluded.ended_by_name, ending = excluded.ending, note = excluded.note
      """;
  private static final String COLUMNS =
      """
      SELECT incident_id, phase_key, phase_name, traffic, entered_at, entered_by_id,
             entered_by_name, fired, ended_at, ended_by_id, ended_by_name, ending, note
      FROM rollout_phases
      """;
  private static final String OF_INCIDENT =
      COLUMNS
          + """
          WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
            AND incident_id = :incident_id
          ORDER BY run
          """;
  // Only a rollout's last phase can be running, so an incident with a running phase is active.
  private static final String ACTIVE =
      COLUMNS
          + """
          WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
            AND incident_id IN (
              SELECT incident_id FROM rollout_phases
              WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
                AND ended_at IS NULL)
          ORDER BY incident_id, run
          """;

  private record Row(String incidentId, PhaseRun run) {}

  private final TenantScope scope;

  /**
   * The runs this transaction read or wrote, by incident: a rollout read by a button's guard and
   * again by its handler is read once, and a save writes only the runs that changed.
   */
  private final Map<IncidentId, List<PhaseRun>> known = new HashMap<>();

  RolloutRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<Rollout> of(IncidentId id) {
    List<PhaseRun> runs = known.computeIfAbsent(id, this::read);
    return runs.isEmpty() ? Optional.empty() : Optional.of(new Rollout(runs));
  }

  private List<PhaseRun> read(IncidentId id) {
    return scope.query(OF_INCIDENT).bind("incident_id", id.value()).map(RolloutRows::row).stream()
        .map(Row::run)
        .toList();
  }

  @Override
  public void save(IncidentId id, Rollout rollout) {
    List<PhaseRun> stored = known.getOrDefault(id, List.of());
    List<PhaseRun> runs = rollout.runs();
    for (int i = 0; i < runs.size(); i++) {
      if (i >= stored.size() || !runs.get(i).equals(stored.get(i))) {
        bindRun(scope.update(SAVE), id, i + 1, runs.get(i)).execute();
      }
    }
    known.put(id, List.copyOf(runs));
  }

  @Override
  public Map<IncidentId, Rollout> active() {
    Map<String, List<PhaseRun>> byIncident = new LinkedHashMap<>();
    scope
        .query(ACTIVE)
        .map(RolloutRows::row)
        .forEach(
            row ->
                byIncident
                    .computeIfAbsent(row.incidentId(), k -> new ArrayList<>())
                    .add(row.run()));
    Map<IncidentId, Rollout> active = new LinkedHashMap<>();
    byIncident.forEach((id, runs) -> active.put(new IncidentId(id), new Rollout(runs)));
    return active;
  }

  private static Update bindRun(Update statement, IncidentId id, int number, PhaseRun run) {
    Columns.bindUser(statement, "entered_by", run.enteredBy());
    Columns.bindUser(statement, "ended_by", run.endedBy());
    return statement
        .bind("incident_id", id.value())
        .bind("run", number)
        .bind("phase_key", run.phaseKey())
        .bind("phase_name", run.phaseName())
        .bind("traffic", run.traffic())
        .bind("entered_at", Columns.millis(run.enteredAt()))
        .bind("fired", fired(run.fired()))
        .bind("ended_at", Columns.millis(run.endedAt()))
        .bind("ending", run.ending() == null ? null : run.ending().key())
        .bind("note", run.note());
  }

  /** Timer keys in enum order, comma-separated: {@code min,max}. */
  private static String fired(Set<PhaseTimer> timers) {
    return timers.isEmpty()
        ? ""
        : EnumSet.copyOf(timers).stream().map(PhaseTimer::key).collect(Collectors.joining(","));
  }

  private static Set<PhaseTimer> fired(String column) {
    if (column == null || column.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(column.split(","))
        .map(key -> PhaseTimer.ofKey(key).orElseThrow(() -> unknown(key)))
        .collect(Collectors.toSet());
  }

  private static IllegalStateException unknown(String key) {
    return new IllegalStateException("unknown phase timer in the store: " + key);
  }

  private static Row row(ResultSet row, StatementContext context) throws SQLException {
    String ending = row.getString("ending");
    PhaseRun run =
        new PhaseRun(
            row.getString("phase_key"),
            row.getString("phase_name"),
            row.getInt("traffic"),
            Columns.instant(row, "entered_at"),
            Columns.user(row, "entered_by"),
            fired(row.getString("fired")),
            Columns.instant(row, "ended_at"),
            Columns.user(row, "ended_by"),
            ending == null ? null : Codes.parse(PhaseEnd.class, ending, PhaseEnd::key),
            row.getString("note"));
    return new Row(row.getString("incident_id"), run);
  }
}
