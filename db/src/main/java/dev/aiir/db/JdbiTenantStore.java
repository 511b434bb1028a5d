package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ActionTable;
import dev.aiir.commands.port.AlertTable;
import dev.aiir.commands.port.ExportTable;
import dev.aiir.commands.port.GateTable;
import dev.aiir.commands.port.IncidentTable;
import dev.aiir.commands.port.ManagerTable;
import dev.aiir.commands.port.OutboxTable;
import dev.aiir.commands.port.RecoveryTable;
import dev.aiir.commands.port.RolloutTable;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimelineTable;

/** One tenant's view of the store inside one transaction, each table behind its own class. */
final class JdbiTenantStore implements TenantStore {
  private final TenantScope scope;
  private final IncidentRows incidents;
  private final TimelineRows timeline;
  private final ActionRows actions;
  private final RecoveryRows recovery;
  private final RolloutRows rollouts;
  private final GateRows gates;
  private final OutboxRows outbox;
  private final ManagerRows managers;
  private final AlertRows alerts;
  private final ExportRows exports;

  JdbiTenantStore(TenantScope scope) {
    this.scope = scope;
    this.incidents = new IncidentRows(scope, new IncidentCounters(scope));
    this.timeline = new TimelineRows(scope);
    this.actions = new ActionRows(scope);
    this.recovery = new RecoveryRows(scope);
    this.rollouts = new RolloutRows(scope);
    this.gates = new GateRows(scope);
    this.outbox = new OutboxRows(scope);
    this.managers = new ManagerRows(scope);
    this.alerts = new AlertRows(scope);
    this.exports = new ExportRows(scope);
  }

  @Override
  public Tenant tenant() {
    return scope.tenant();
  }

  @Override
  public IncidentTable incidents() {
    return incidents;
  }

  @Override
  public TimelineTable timeline() {
    return timeline;
  }

  @Override
  public ActionTable actions() {
    return actions;
  }

  @Override
  public RecoveryTable recovery() {
    return recovery;
  }

  @Override
  public RolloutTable rollouts() {
    return rollouts;
  }

  @Override
  public GateTable gates() {
    return gates;
  }

  @Override
  public OutboxTable outbox() {
    return outbox;
  }

  @Override
  public ManagerTable managers() {
    return managers;
  }

  @Override
  public AlertTable alerts() {
    return alerts;
  }

  @Override
  public ExportTable exports() {
    return exports;
  }
}
