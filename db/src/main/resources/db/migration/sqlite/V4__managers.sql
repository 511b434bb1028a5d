-- Managers added from chat (/incident managers add), per tenant; the configuration file's managers
-- are not stored. kind is channel or user, as the delivery queue names recipients.
CREATE TABLE managers (
  tenant_platform  TEXT NOT NULL,
  tenant_workspace TEXT NOT NULL,
  kind             TEXT NOT NULL,
  recipient_id     TEXT NOT NULL,
  PRIMARY KEY (tenant_platform, tenant_workspace, kind, recipient_id)
);
