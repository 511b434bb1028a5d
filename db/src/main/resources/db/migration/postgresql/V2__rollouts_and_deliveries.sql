-- The PostgreSQL twin of sqlite/V2__rollouts_and_deliveries.sql: the same tables, columns and
-- keys; only the identity column's type differs.
-- Staged restoration of traffic, the outbox of reminders and the drill clock.
-- Times are epoch milliseconds, UTC, as in V1.

-- Every phase a rollout entered, numbered in order; the highest run is the current phase. A row
-- is written when the phase is entered and completed when it ends (promoted, halted, completed).
CREATE TABLE rollout_phases (
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  incident_id      TEXT    NOT NULL,
  run              INTEGER NOT NULL,
  phase_key        TEXT    NOT NULL,
  phase_name       TEXT    NOT NULL,
  traffic          INTEGER NOT NULL,
  entered_at       BIGINT  NOT NULL,
  entered_by_id    TEXT    NOT NULL,
  entered_by_name  TEXT    NOT NULL,
  -- The phase's timers that have fired, comma-separated (min,max,stable): each fires once.
  fired            TEXT    NOT NULL,
  ended_at         BIGINT,
  ended_by_id      TEXT,
  ended_by_name    TEXT,
  ending           TEXT,
  note             TEXT,
  PRIMARY KEY (tenant_platform, tenant_workspace, incident_id, run),
  FOREIGN KEY (tenant_platform, tenant_workspace, incident_id)
    REFERENCES incidents (tenant_platform, tenant_workspace, id)
);

-- Start-up reconciliation reads the phases still running.
CREATE INDEX rollout_phases_running
  ON rollout_phases (tenant_platform, tenant_workspace, ended_at);

-- Messages the bot owes someone (reminders), written in the transaction that decided to send
-- them and sent afterwards. claimed_at is set before sending, so a message is never sent twice;
-- a send that fails releases the claim and waits until next_attempt_at (real time, not drill time).
CREATE TABLE deliveries (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_platform  TEXT    NOT NULL,
  tenant_workspace TEXT    NOT NULL,
  dedupe_key       TEXT    NOT NULL,
  recipient_kind   TEXT    NOT NULL,
  recipient_id     TEXT    NOT NULL,
  message          TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT,
  claimed_at       BIGINT,
  sent_at          BIGINT,
  last_problem     TEXT
);

-- One message per reason and recipient, however often the reason comes up (a re-run timer job).
CREATE UNIQUE INDEX deliveries_once
  ON deliveries (tenant_platform, tenant_workspace, dedupe_key);

CREATE INDEX deliveries_waiting
  ON deliveries (claimed_at, next_attempt_at);

-- A drill (AIIR_TIME_SCALE) runs a clock faster than real time. Its anchor is kept so that the
-- drill's time goes on from where it was after a restart, instead of jumping back.
CREATE TABLE drill_clock (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  real_at   BIGINT  NOT NULL,
  scaled_at BIGINT  NOT NULL,
  scale     INTEGER NOT NULL
);
