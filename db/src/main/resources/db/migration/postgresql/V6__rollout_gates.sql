-- The PostgreSQL twin of sqlite/V6__rollout_gates.sql: the same tables, columns and keys.
-- The rollout's metric gates (PromQL exit criteria). Times are epoch milliseconds, UTC, as in V1.

-- An incident's own metric criteria for a phase, replacing the plan's for that phase: written by
-- /incident gate add and gate remove. criteria is a JSON array of
-- {query, op, threshold, for_ms, every_ms, failures}; an empty array means none at all.
CREATE TABLE rollout_gates (
  tenant_platform  TEXT   NOT NULL,
  tenant_workspace TEXT   NOT NULL,
  incident_id      TEXT   NOT NULL,
  phase_key        TEXT   NOT NULL,
  criteria         TEXT   NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, phase_key),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

-- The evaluation of each phase run's criteria (run as numbered in rollout_phases): the due time
-- of the last evaluation, when the next one is due (reconciliation schedules it), the verdict the
-- channel was last told (waiting, ready, breached) and each criterion's latest check as a JSON
-- array of {criterion, reading, value, detail, checked_at, holding_since, failures, verdict}.
CREATE TABLE gate_states (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  incident_id      TEXT    NOT NULL,
  run              INTEGER NOT NULL,
  last_due         BIGINT  NOT NULL,
  next_at          BIGINT  NOT NULL,
  announced        TEXT    NOT NULL,
  checks           TEXT    NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, run),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);
