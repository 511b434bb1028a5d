-- The PostgreSQL twin of sqlite/V1__incidents.sql: the same tables, columns and keys, so that the
-- application's statements run unchanged on both. Only the identity column's type differs.
-- Every table carries its tenant; every query of the application filters by it.
-- Times are epoch milliseconds, UTC (BIGINT, as on SQLite, so that both read them alike).

CREATE TABLE incident_counters (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  prefix           TEXT    NOT NULL,
  year             INTEGER NOT NULL,
  last_number      INTEGER NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, prefix, year)
);

CREATE TABLE incidents (
  tenant_platform    TEXT    NOT NULL,
  tenant_workspace   TEXT    NOT NULL,
  id                 TEXT    NOT NULL,
  title              TEXT    NOT NULL,
  severity           INTEGER NOT NULL,
  state              TEXT    NOT NULL,
  channel_id         TEXT,
  model              TEXT,
  commander_id       TEXT,
  commander_name     TEXT,
  comms_id           TEXT,
  comms_name         TEXT,
  scribe_id          TEXT,
  scribe_name        TEXT,
  declared_at        BIGINT  NOT NULL,
  detected_at        BIGINT  NOT NULL,
  resolved_at        BIGINT,
  pir_due_at         BIGINT,
  root_cause         TEXT,
  impact             TEXT,
  resolution_summary TEXT,
  pir_link           TEXT,
  -- Action items are numbered from this row so that concurrent adds queue on its lock.
  last_action_number INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_platform, tenant_workspace, id)
);

CREATE INDEX incidents_by_channel
  ON incidents (tenant_platform, tenant_workspace, channel_id, declared_at);

CREATE INDEX incidents_by_state
  ON incidents (tenant_platform, tenant_workspace, state, declared_at);

CREATE TABLE timeline_entries (
  seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_platform  TEXT   NOT NULL,
  tenant_workspace TEXT   NOT NULL,
  incident_id      TEXT   NOT NULL,
  occurred_at      BIGINT NOT NULL,
  recorded_at      BIGINT NOT NULL,
  author_id        TEXT   NOT NULL,
  author_name      TEXT   NOT NULL,
  source           TEXT   NOT NULL,
  kind             TEXT   NOT NULL,
  body             TEXT   NOT NULL,
  source_ref       TEXT,
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

CREATE INDEX timeline_by_incident
  ON timeline_entries (tenant_platform, tenant_workspace, incident_id, occurred_at, seq);

-- A pinned message is one entry however often it is pinned, even when two pins race.
CREATE UNIQUE INDEX timeline_source_once
  ON timeline_entries (tenant_platform, tenant_workspace, incident_id, source_ref);

CREATE TABLE action_items (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  incident_id      TEXT    NOT NULL,
  number           INTEGER NOT NULL,
  priority         TEXT    NOT NULL,
  body             TEXT    NOT NULL,
  owner_id         TEXT,
  owner_name       TEXT,
  added_by_id      TEXT    NOT NULL,
  added_by_name    TEXT    NOT NULL,
  added_at         BIGINT  NOT NULL,
  done_by_id       TEXT,
  done_by_name     TEXT,
  done_at          BIGINT,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, number),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

CREATE TABLE recovery_progress (
  tenant_platform  TEXT   NOT NULL,
  tenant_workspace TEXT   NOT NULL,
  incident_id      TEXT   NOT NULL,
  step             TEXT   NOT NULL,
  done_by_id       TEXT   NOT NULL,
  done_by_name     TEXT   NOT NULL,
  done_at          BIGINT NOT NULL,
  note             TEXT,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, step),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);
