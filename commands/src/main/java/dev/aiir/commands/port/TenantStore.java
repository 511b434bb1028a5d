package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;

/**
 * One tenant's store inside one transaction, a view per table. Every view reads or writes only rows
 * of {@link #tenant()}; an id of another tenant is simply not found, and a write about an incident
 * this tenant does not have throws. Times are kept to the millisecond.
 */
public interface TenantStore {
  Tenant tenant();

  IncidentTable incidents();

  TimelineTable timeline();

  ActionTable actions();

  RecoveryTable recovery();

  RolloutTable rollouts();

  GateTable gates();

  OutboxTable outbox();

  ManagerTable managers();

  AlertTable alerts();

  ExportTable exports();
}
