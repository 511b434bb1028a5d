package dev.aiir.commands.testing;

import dev.aiir.commands.action.ActionItem;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.IncidentId;
import dev.aiir.commands.incident.IncidentState;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.recovery.RecoveryProgress;
import dev.aiir.commands.recovery.RecoveryStep;
import dev.aiir.commands.timeline.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store as plain maps, for core tests. A transaction works on a copy that replaces the state
 * only when the work returns, so a throwing handler changes nothing, as with a database.
 */
public final class InMemoryIncidentStore implements IncidentStore {
  private State state = new State();

  @Override
  public synchronized <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    State copy = state.copy();
    T result = work.apply(new Scoped(tenant, copy));
    state = copy;
    return result;
  }

  private record Key(Tenant tenant, IncidentId id) {}

  private static final class State {
    final Map<String, Integer> counters = new HashMap<>();
    final Map<Key, Incident> incidents = new HashMap<>();
    final Map<Key, List<TimelineEntry>> timelines = new HashMap<>();
    final Map<Key, List<ActionItem>> actions = new HashMap<>();
    final Map<Key, Map<RecoveryStep, RecoveryProgress>> recovery = new HashMap<>();
    long sequence;

    State copy() {
      State next = new State();
      next.counters.putAll(counters);
      next.incidents.putAll(incidents);
      timelines.forEach((k, v) -> next.timelines.put(k, new ArrayList<>(v)));
      actions.forEach((k, v) -> next.actions.put(k, new ArrayList<>(v)));
      recovery.forEach((k, v) -> next.recovery.put(k, new HashMap<>(v)));
      next.sequence = sequence;
      return next;
    }
  }

  private static final class Scoped implements TenantStore {
    private final Tenant tenant;
    private final State state;

    Scoped(Tenant tenant, State state) {
      this.tenant = tenant;
      this.state = state;
    }

    private Key key(IncidentId id) {
      return new Key(tenant, id);
    }

    /** A database refuses rows about an incident that its tenant does not have; so does this. */
    private Key existing(IncidentId id) {
      Key key = key(id);
      if (!state.incidents.containsKey(key)) {
        throw new IllegalStateException("no incident " + id + " in " + tenant);
      }
      return key;
    }

    private void requireOwnTenant(Incident incident) {
      if (!incident.tenant().equals(tenant)) {
        throw new IllegalArgumentException(
            "incident " + incident.id() + " of " + incident.tenant() + " written in " + tenant);
      }
    }

    @Override
    public Tenant tenant() {
      return tenant;
    }

    @Override
    public IncidentId allocateId(String prefix, int year) {
      int next = state.counters.merge(tenant + "/" + prefix + "/" + year, 1, Integer::sum);
      return IncidentId.of(prefix, year, next);
    }

    @Override
    public void insert(Incident incident) {
      requireOwnTenant(incident);
      if (state.incidents.putIfAbsent(key(incident.id()), incident) != null) {
        throw new IllegalStateException("duplicate incident " + incident.id());
      }
    }

    @Override
    public void update(Incident incident) {
      requireOwnTenant(incident);
      if (state.incidents.replace(key(incident.id()), incident) == null) {
        throw new IllegalStateException("no incident " + incident.id());
      }
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
      return Optional.ofNullable(state.incidents.get(key(id)));
    }

    @Override
    public Optional<Incident> findByChannel(String channelId) {
      return state.incidents.values().stream()
          .filter(i -> i.tenant().equals(tenant) && i.channelId() != null)
          .filter(i -> i.channelId().equals(channelId))
          .max(Comparator.comparing(Incident::declaredAt).thenComparing(i -> i.id().value()));
    }

    @Override
    public List<Incident> listOpen() {
      return state.incidents.values().stream()
          .filter(i -> i.tenant().equals(tenant) && i.state() != IncidentState.CLOSED)
          .sorted(Comparator.comparing(Incident::declaredAt).thenComparing(i -> i.id().value()))
          .toList();
    }

    @Override
    public TimelineEntry append(IncidentId id, TimelineEntry entry) {
      Key key = existing(id);
      TimelineEntry stored = entry.withSequence(++state.sequence);
      state.timelines.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
      return stored;
    }

    @Override
    public Optional<TimelineEntry> appendOnce(IncidentId id, TimelineEntry entry) {
      Objects.requireNonNull(entry.sourceRef(), "sourceRef");
      existing(id);
      boolean seen = timeline(id).stream().anyMatch(e -> entry.sourceRef().equals(e.sourceRef()));
      return seen ? Optional.empty() : Optional.of(append(id, entry));
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
      return state.timelines.getOrDefault(key(id), List.of()).stream()
          .sorted(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::sequence))
          .toList();
    }

    @Override
    public ActionItem addAction(IncidentId id, ActionItem item) {
      List<ActionItem> list = state.actions.computeIfAbsent(existing(id), k -> new ArrayList<>());
      ActionItem numbered =
          new ActionItem(
              list.size() + 1,
              item.priority(),
              item.text(),
              item.owner(),
              item.addedBy(),
              item.addedAt(),
              item.doneBy(),
              item.doneAt());
      list.add(numbered);
      return numbered;
    }

    @Override
    public void updateAction(IncidentId id, ActionItem item) {
      List<ActionItem> list = state.actions.getOrDefault(existing(id), List.of());
      int index = item.number() - 1;
      if (index < 0 || index >= list.size()) {
        throw new IllegalStateException("no action item " + item.number() + " on " + id);
      }
      list.set(index, item);
    }

    @Override
    public List<ActionItem> actions(IncidentId id) {
      return List.copyOf(state.actions.getOrDefault(key(id), List.of()));
    }

    @Override
    public void saveRecovery(IncidentId id, RecoveryProgress progress) {
      Map<RecoveryStep, RecoveryProgress> steps =
          state.recovery.computeIfAbsent(existing(id), k -> new HashMap<>());
      steps.put(progress.step(), progress);
    }

    @Override
    public List<RecoveryProgress> recovery(IncidentId id) {
      return state.recovery.getOrDefault(key(id), Map.of()).values().stream()
          .sorted(Comparator.comparing(RecoveryProgress::step))
          .toList();
    }
  }
}
