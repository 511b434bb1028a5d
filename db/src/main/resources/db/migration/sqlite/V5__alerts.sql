-- Alerts from monitoring (Alertmanager, Grafana, the generic webhook) that opened an incident or
-- were offered as one. Times are epoch milliseconds, UTC, as in V1; labels, annotations and links
-- are JSON objects. Only the identity column differs from the PostgreSQL twin.
CREATE TABLE alerts (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  -- The source and the alert's fingerprint, or its group key when its route groups.
  dedupe_key       TEXT    NOT NULL,
  source           TEXT    NOT NULL,
  fingerprint      TEXT    NOT NULL,
  title            TEXT    NOT NULL,
  labels           TEXT    NOT NULL,
  annotations      TEXT    NOT NULL,
  links            TEXT    NOT NULL,
  generator_url    TEXT,
  -- The alert as first taken in (firing): its start is the incident's detection time.
  starts_at        BIGINT  NOT NULL,
  ends_at          BIGINT,
  -- Its latest status and when that began.
  status           TEXT    NOT NULL,
  changed_at       BIGINT  NOT NULL,
  -- Null while the alert is only offered with a Declare button.
  incident_id      TEXT,
  opened_at        BIGINT  NOT NULL,
  -- Null while open: until its incident is resolved, or the offered alert resolves.
  closed_at        BIGINT,
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

-- One open record per alert: two deliveries of one alert at once (Alertmanager's HA peers, to two
-- replicas) cannot both open one; the second inserts nothing and finds the first.
CREATE UNIQUE INDEX alerts_open_once
  ON alerts (tenant_platform, tenant_workspace, dedupe_key)
  WHERE closed_at IS NULL;

CREATE INDEX alerts_by_key
  ON alerts (tenant_platform, tenant_workspace, dedupe_key, id);

CREATE INDEX alerts_by_incident
  ON alerts (tenant_platform, tenant_workspace, incident_id);
