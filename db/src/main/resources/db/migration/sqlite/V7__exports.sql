-- Exports to issue trackers and wikis: the export outbox, the action items' issues and the PIR's
-- pages. Times are epoch milliseconds, UTC, as in V1. Only the identity column differs from the
-- PostgreSQL twin.

-- What is to be exported, written in the transaction that decided it (a command, a resolution)
-- and run afterwards: an action item to a tracker, or the PIR (item_number 0) to a wiki. A job is
-- claimed (claimed_at) before it runs; a failed try releases the claim until next_attempt_at
-- (real time, not drill time). Unlike a chat message, a claim older than the lease (15 minutes) is
-- taken again, since its process died and running an export twice is safe: the second run finds
-- what the first created by its marker. done_at ends a job, with its outcome.
CREATE TABLE export_jobs (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_platform   TEXT    NOT NULL,
  tenant_workspace  TEXT    NOT NULL,
  incident_id       TEXT    NOT NULL,
  target            TEXT    NOT NULL,
  item_number       INTEGER NOT NULL,
  -- 1: queued by the bot (at resolution); 0: someone asked and was answered.
  automatic         INTEGER NOT NULL,
  requested_by_id   TEXT    NOT NULL,
  requested_by_name TEXT    NOT NULL,
  created_at        BIGINT  NOT NULL,
  attempts          INTEGER NOT NULL DEFAULT 0,
  next_attempt_at   BIGINT,
  claimed_at        BIGINT,
  done_at           BIGINT,
  outcome           TEXT,
  last_problem      TEXT,
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

-- One pending job per item (or PIR) and target: asking twice, or a resolution queueing what a
-- person already asked for, adds nothing.
CREATE UNIQUE INDEX export_jobs_pending
  ON export_jobs (tenant_platform, tenant_workspace, incident_id, target, item_number)
  WHERE done_at IS NULL;

CREATE INDEX export_jobs_waiting
  ON export_jobs (done_at, next_attempt_at);

-- An action item's issue in a tracker, stored as soon as the tracker answers, so that the next
-- export updates it; closed as the tracker's webhook last said.
CREATE TABLE tracker_issues (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  incident_id      TEXT    NOT NULL,
  item_number      INTEGER NOT NULL,
  target           TEXT    NOT NULL,
  issue_key        TEXT    NOT NULL,
  url              TEXT,
  closed           INTEGER NOT NULL,
  changed_by       TEXT,
  changed_at       BIGINT  NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, item_number, target),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id, item_number)
    REFERENCES action_items (tenant_platform, tenant_workspace, incident_id, number)
);

-- A tracker's webhook names the issue only: this finds its action item, in whichever workspace.
CREATE UNIQUE INDEX tracker_issues_by_key
  ON tracker_issues (target, issue_key);

-- Where an incident's PIR was published, and the wiki's version of the page (an update names it).
CREATE TABLE pir_pages (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  incident_id      TEXT    NOT NULL,
  target           TEXT    NOT NULL,
  page_id          TEXT    NOT NULL,
  version          TEXT,
  url              TEXT,
  published_at     BIGINT  NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, target),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);
