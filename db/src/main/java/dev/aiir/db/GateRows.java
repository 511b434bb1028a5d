package dev.aiir.db;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.GateTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code rollout_gates} and {@code gate_states} tables: an incident's own metric criteria per
 * phase, and each phase run's gate evaluation.
 */
final class GateRows implements GateTable {
  private static final String OVERRIDES =
      """
      SELECT phase_key, criteria FROM rollout_gates
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id
      ORDER BY phase_key
      """;
  private static final String ALL_OVERRIDES =
      """
      SELECT incident_id, phase_key, criteria FROM rollout_gates
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
      ORDER BY incident_id, phase_key
      """;
  private static final String OVERRIDE =
      """
      INSERT INTO rollout_gates
        (tenant_platform, tenant_workspace, incident_id, phase_key, criteria)
      VALUES (:tenant_platform, :tenant_workspace, :incident_id, :phase_key, :criteria)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, phase_key) DO UPDATE SET
        criteria = excluded.criteria
      """;
  private static final String STATE =
      """
      SELECT last_due, next_at, announced, checks FROM gate_states
      WHERE tenant_platform = :tenant_platform AND tenant_workspace = :tenant_workspace
        AND incident_id = :incident_id AND run = :run
      """;
  private static final String SAVE_STATE =
      """
      INSERT INTO gate_states
        (tenant_platform, tenant_workspace, incident_id, run, last_due, next_at, announced, checks)
      VALUES
        (:tenant_platform, :tenant_workspace, :incident_id, :run, :last_due, :next_at,
         :announced, :checks)
      ON CONFLICT (tenant_platform, tenant_workspace, incident_id, run) DO UPDATE SET
        last_due = excluded.last_due, next_at = excluded.next_at,
        announced = excluded.announced, checks = excluded.checks
      """;

  private final TenantScope scope;

  GateRows(TenantScope scope) {
    this.scope = scope;
  }

  @Override
  public Map<String, List<Criterion>> overrides(IncidentId id) {
    Map<String, List<Criterion>> byPhase = new LinkedHashMap<>();
    scope
        .query(OVERRIDES)
        .bind("incident_id", id.value())
        .map((row, context) -> Map.entry(row.getString("phase_key"), row.getString("criteria")))
        .forEach(e -> byPhase.put(e.getKey(), List.copyOf(GateJson.criteria(e.getValue()))));
    return byPhase;
  }

  @Override
  public Map<IncidentId, Map<String, List<Criterion>>> allOverrides() {
    Map<IncidentId, Map<String, List<Criterion>>> byIncident = new LinkedHashMap<>();
    scope
        .query(ALL_OVERRIDES)
        .map(
            (row, context) ->
                new OwnCriteria(
                    new IncidentId(row.getString("incident_id")),
                    row.getString("phase_key"),
                    row.getString("criteria")))
        .forEach(
            o ->
                byIncident
                    .computeIfAbsent(o.incident(), k -> new LinkedHashMap<>())
                    .put(o.phaseKey(), List.copyOf(GateJson.criteria(o.criteria()))));
    return byIncident;
  }

  private record OwnCriteria(IncidentId incident, String phaseKey, String criteria) {}

  @Override
  public void override(IncidentId id, String phaseKey, List<Criterion> criteria) {
    scope
        .update(OVERRIDE)
        .bind("incident_id", id.value())
        .bind("phase_key", phaseKey)
        .bind("criteria", GateJson.criteria(criteria))
        .execute();
  }

  @Override
  public Optional<GateState> state(IncidentId id, int run) {
    return scope
        .query(STATE)
        .bind("incident_id", id.value())
        .bind("run", run)
        .map(
            (row, context) ->
                new GateState(
                    Columns.instant(row, "last_due"),
                    Columns.instant(row, "next_at"),
                    Codes.parse(
                        GateState.Announced.class,
                        row.getString("announced"),
                        GateState.Announced::key),
                    GateJson.checks(row.getString("checks"))))
        .findOne();
  }

  @Override
  public void saveState(IncidentId id, int run, GateState state) {
    scope
        .update(SAVE_STATE)
        .bind("incident_id", id.value())
        .bind("run", run)
        .bind("last_due", Columns.millis(state.lastDue()))
        .bind("next_at", Columns.millis(state.nextAt()))
        .bind("announced", state.announced().key())
        .bind("checks", GateJson.checks(state.checks()))
        .execute();
  }
}
