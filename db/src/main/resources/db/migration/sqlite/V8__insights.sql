-- Insights (reports and the incident page) read incidents by detection time, across tenants or
-- within one, and each incident's first entry of a kind (its first ack, its first rollback).
-- With these two indexes a report over 10,000 incidents and 1,000,000 entries reads each first
-- entry with one index seek instead of walking every incident's timeline.

CREATE INDEX incidents_by_detection ON incidents (detected_at);

CREATE INDEX timeline_by_kind
  ON timeline_entries (tenant_platform, tenant_workspace, incident_id, kind, occurred_at);
