package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One tenant's view of the store inside one transaction, each table behind its own class. */
final class JdbiTenantStore implements TenantStore {
  private final TenantScope scope;
  private final IncidentCounters counters;
  private final IncidentRows incidents;
  private final TimelineRows timeline;
  private final ActionRows actions;
  private final RecoveryRows recovery;
  private final RolloutRows rollouts;
  private final OutboxRows outbox;
  private final ManagerRows managers;

  JdbiTenantStore(TenantScope scope) {
    this.scope = scope;
    this.counters = new IncidentCounters(scope);
    this.incidents = new IncidentRows(scope);
    this.timeline = new TimelineRows(scope);
    this.actions = new ActionRows(scope);
    this.recovery = new RecoveryRows(scope);
    this.rollouts = new RolloutRows(scope);
    this.outbox = new OutboxRows(scope);
    this.managers = new ManagerRows(scope);
  }

  @Override
  public Tenant tenant() {
    return scope.tenant();
  }

  @Override
  public IncidentId allocateId(String prefix, int year) {
    return counters.next(prefix, year);
  }

  @Override
  public void insert(Incident incident) {
    incidents.insert(incident);
  }

  @Override
  public void update(Incident incident) {
    incidents.update(incident);
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return incidents.find(id);
  }

  @Override
  public Optional<Incident> findByChannel(String channelId) {
    return incidents.findByChannel(channelId);
  }

  @Override
  public List<Incident> listOpen() {
    return incidents.listOpen();
  }

  @Override
  public TimelineEntry append(IncidentId id, TimelineEntry entry) {
    return timeline.append(id, entry);
  }

  @Override
  public Optional<TimelineEntry> appendOnce(IncidentId id, TimelineEntry entry) {
    return timeline.appendOnce(id, entry);
  }

  @Override
  public List<TimelineEntry> timeline(IncidentId id) {
    return timeline.timeline(id);
  }

  @Override
  public ActionItem addAction(IncidentId id, ActionItem item) {
    return actions.add(id, item);
  }

  @Override
  public void updateAction(IncidentId id, ActionItem item) {
    actions.update(id, item);
  }

  @Override
  public List<ActionItem> actions(IncidentId id) {
    return actions.list(id);
  }

  @Override
  public void saveRecovery(IncidentId id, RecoveryProgress progress) {
    recovery.save(id, progress);
  }

  @Override
  public List<RecoveryProgress> recovery(IncidentId id) {
    return recovery.list(id);
  }

  @Override
  public Optional<Rollout> rollout(IncidentId id) {
    return rollouts.find(id);
  }

  @Override
  public void saveRollout(IncidentId id, Rollout rollout) {
    rollouts.save(id, rollout);
  }

  @Override
  public Map<IncidentId, Rollout> activeRollouts() {
    return rollouts.active();
  }

  @Override
  public boolean enqueue(String dedupeKey, Notice notice, Instant at) {
    return outbox.enqueue(dedupeKey, notice, at);
  }

  @Override
  public List<Recipient> addedManagers() {
    return managers.list();
  }

  @Override
  public boolean addManager(Recipient manager) {
    return managers.add(manager);
  }

  @Override
  public boolean removeManager(Recipient manager) {
    return managers.remove(manager);
  }
}
