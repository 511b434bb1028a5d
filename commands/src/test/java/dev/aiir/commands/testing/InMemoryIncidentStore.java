package dev.aiir.commands.testing;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertGlance;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Delivery;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.GateState;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ActionTable;
import dev.aiir.commands.port.AlertTable;
import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.ExportQueue;
import dev.aiir.commands.port.ExportTable;
import dev.aiir.commands.port.GateTable;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.IncidentFile;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.IncidentTable;
import dev.aiir.commands.port.InsightQueries;
import dev.aiir.commands.port.ManagerTable;
import dev.aiir.commands.port.OpenActions;
import dev.aiir.commands.port.OutboxTable;
import dev.aiir.commands.port.RecoveryTable;
import dev.aiir.commands.port.ReportFilter;
import dev.aiir.commands.port.RolloutTable;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TimelineTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store as plain maps, for core tests. A transaction works on a copy that replaces the state
 * only when the work returns, so a throwing handler changes nothing, as with a database. It is also
 * the queue of deliveries that its transactions enqueue.
 */
public final class InMemoryIncidentStore implements IncidentStore, DeliveryQueue {
  private State state = new State();

  @Override
  public synchronized <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    State copy = state.copy();
    T result = work.apply(new Scoped(tenant, copy));
    state = copy;
    return result;
  }

  @Override
  public synchronized List<Tenant> tenants() {
    return state.incidents.keySet().stream().map(Key::tenant).distinct().toList();
  }

  /**
   * The same queries as the real stores', answered from the maps (facts as the core reads them).
   */
  @Override
  public InsightQueries insights() {
    return new InsightQueries() {
      @Override
      public void incidents(ReportFilter filter, Consumer<IncidentFacts> each) {
        List<IncidentFacts> rows;
        synchronized (InMemoryIncidentStore.this) {
          rows =
              state.incidents.entrySet().stream()
                  .filter(e -> admits(filter, e.getValue()))
                  .map(
                      e ->
                          Insights.factsOf(
                              e.getValue(), state.timelines.getOrDefault(e.getKey(), List.of())))
                  .sorted(
                      Comparator.comparing(IncidentFacts::detectedAt)
                          .thenComparing(f -> f.tenant().toString())
                          .thenComparing(f -> f.id().value()))
                  .toList();
        }
        rows.forEach(each);
      }

      @Override
      public List<OpenActions> openActions(ReportFilter filter) {
        Map<List<Object>, Integer> counts = new java.util.LinkedHashMap<>();
        synchronized (InMemoryIncidentStore.this) {
          state.actions.forEach(
              (key, items) -> {
                if (admits(filter, state.incidents.get(key))) {
                  for (ActionItem item : items) {
                    if (!item.isDone()) {
                      counts.merge(
                          java.util.Arrays.asList(item.priority(), item.owner()), 1, Integer::sum);
                    }
                  }
                }
              });
        }
        return counts.entrySet().stream()
            .map(
                e ->
                    new OpenActions(
                        (dev.aiir.commands.model.Priority) e.getKey().get(0),
                        Optional.ofNullable((dev.aiir.commands.chat.UserRef) e.getKey().get(1)),
                        e.getValue()))
            .toList();
      }

      @Override
      public Optional<IncidentFile> incident(Tenant tenant, IncidentId id) {
        synchronized (InMemoryIncidentStore.this) {
          Key key = new Key(tenant, id);
          return Optional.ofNullable(state.incidents.get(key))
              .map(
                  incident ->
                      new IncidentFile(
                          incident,
                          state.timelines.getOrDefault(key, List.of()).stream()
                              .sorted(
                                  Comparator.comparing(TimelineEntry::at)
                                      .thenComparingLong(TimelineEntry::sequence))
                              .toList(),
                          state.actions.getOrDefault(key, List.of()),
                          state.recovery.getOrDefault(key, Map.of()).values().stream()
                              .sorted(Comparator.comparing(RecoveryProgress::step))
                              .toList(),
                          Optional.ofNullable(state.rollouts.get(key)),
                          state.alerts.stream()
                              .filter(a -> a.tenant().equals(tenant))
                              .map(StoredAlert::record)
                              .filter(a -> id.equals(a.incident()))
                              .toList(),
                          state.exports.table(tenant, incidentId -> {}).issues(id)));
        }
      }
    };
  }

  private static boolean admits(ReportFilter filter, Incident incident) {
    return !incident.detectedAt().isBefore(filter.since())
        && incident.detectedAt().isBefore(filter.until())
        && filter.tenant().map(t -> t.equals(incident.tenant())).orElse(true)
        && filter.admits(incident.severity(), incident.model());
  }

  @Override
  public synchronized List<Delivery> claimDue(Instant now, Set<Platform> platforms, int limit) {
    List<Delivery> claimed = new ArrayList<>();
    for (Queued row : state.deliveries) {
      if (claimed.size() < limit
          && platforms.contains(row.tenant.platform())
          && row.claimedAt == null
          && row.sentAt == null
          && row.isDue(now)) {
        row.claimedAt = now;
        claimed.add(
            new Delivery(row.id, row.tenant, row.notice.to(), row.notice.message(), row.attempts));
      }
    }
    return claimed;
  }

  @Override
  public synchronized void markSent(long id, Instant at) {
    row(id).sentAt = at;
  }

  @Override
  public synchronized void retryLater(long id, Instant at, String problem) {
    Queued row = row(id);
    row.claimedAt = null;
    row.attempts++;
    row.nextAttemptAt = at;
    row.problem = problem;
  }

  @Override
  public synchronized int inFlight() {
    return (int)
        state.deliveries.stream().filter(r -> r.claimedAt != null && r.sentAt == null).count();
  }

  /** The export outbox of this store, across tenants. */
  public ExportQueue exportQueue() {
    InMemoryIncidentStore store = this;
    return new ExportQueue() {
      @Override
      public List<ExportJob> claimDue(
          Instant now, Instant staleBefore, Set<Platform> platforms, int limit) {
        synchronized (store) {
          return state.exports.claimDue(now, staleBefore, platforms, limit);
        }
      }

      @Override
      public Optional<ExportJob> claim(long id, Instant now) {
        synchronized (store) {
          return state.exports.claim(id, now);
        }
      }

      @Override
      public void done(long id, Instant at, String outcome) {
        synchronized (store) {
          state.exports.done(id, at, outcome);
        }
      }

      @Override
      public void retryLater(long id, Instant at, String problem) {
        synchronized (store) {
          state.exports.retryLater(id, at, problem);
        }
      }

      @Override
      public void abandon(long id, Instant at, String problem) {
        synchronized (store) {
          state.exports.abandon(id, at, problem);
        }
      }

      @Override
      public Optional<IssueOwner> ownerOf(ExportTarget target, String key) {
        synchronized (store) {
          return state.exports.ownerOf(target, key);
        }
      }
    };
  }

  /** The export outbox's rows: {@code id target item auto|asked attempts=n outcome}. */
  public synchronized List<String> exportJobs() {
    return state.exports.jobs();
  }

  /** Everything ever queued, as the rows a database would hold. */
  public synchronized List<Queued> deliveries() {
    return state.deliveries.stream().map(Queued::copy).toList();
  }

  private Queued row(long id) {
    return state.deliveries.stream().filter(r -> r.id == id).findFirst().orElseThrow();
  }

  /** A queued notice and its sending state. */
  public static final class Queued {
    public final long id;
    public final Tenant tenant;
    public final String dedupeKey;
    public final Notice notice;
    public Instant claimedAt;
    public Instant sentAt;
    public Instant nextAttemptAt;
    public int attempts;
    public String problem;

    Queued(long id, Tenant tenant, String dedupeKey, Notice notice) {
      this.id = id;
      this.tenant = tenant;
      this.dedupeKey = dedupeKey;
      this.notice = notice;
    }

    boolean isDue(Instant now) {
      return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    Queued copy() {
      Queued copy = new Queued(id, tenant, dedupeKey, notice);
      copy.claimedAt = claimedAt;
      copy.sentAt = sentAt;
      copy.nextAttemptAt = nextAttemptAt;
      copy.attempts = attempts;
      copy.problem = problem;
      return copy;
    }
  }

  private record Key(Tenant tenant, IncidentId id) {}

  private record StoredAlert(Tenant tenant, AlertRecord record) {}

  private static final class State {
    final Map<String, Integer> counters = new HashMap<>();
    final Map<Key, Incident> incidents = new HashMap<>();
    final Map<Key, List<TimelineEntry>> timelines = new HashMap<>();
    final Map<Key, List<ActionItem>> actions = new HashMap<>();
    final Map<Key, Map<RecoveryStep, RecoveryProgress>> recovery = new HashMap<>();
    final Map<Key, Rollout> rollouts = new HashMap<>();
    final Map<Key, Map<String, List<Criterion>>> gateCriteria = new HashMap<>();
    final Map<Key, Map<Integer, GateState>> gateStates = new HashMap<>();
    final List<Queued> deliveries = new ArrayList<>();
    final Map<Tenant, java.util.Set<Recipient>> managers = new HashMap<>();
    final List<StoredAlert> alerts = new ArrayList<>();
    InMemoryExports exports = new InMemoryExports();
    long sequence;
    long alertSequence;

    State copy() {
      State next = new State();
      next.counters.putAll(counters);
      next.incidents.putAll(incidents);
      timelines.forEach((k, v) -> next.timelines.put(k, new ArrayList<>(v)));
      actions.forEach((k, v) -> next.actions.put(k, new ArrayList<>(v)));
      recovery.forEach((k, v) -> next.recovery.put(k, new HashMap<>(v)));
      next.rollouts.putAll(rollouts);
      gateCriteria.forEach((k, v) -> next.gateCriteria.put(k, new HashMap<>(v)));
      gateStates.forEach((k, v) -> next.gateStates.put(k, new HashMap<>(v)));
      // Rows are shared: sending changes them outside transactions, as a database's would.
      next.deliveries.addAll(deliveries);
      managers.forEach((k, v) -> next.managers.put(k, new java.util.HashSet<>(v)));
      next.alerts.addAll(alerts);
      next.exports = exports.copy();
      next.sequence = sequence;
      next.alertSequence = alertSequence;
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
    public IncidentTable incidents() {
      return new Incidents();
    }

    @Override
    public TimelineTable timeline() {
      return new Timeline();
    }

    @Override
    public ActionTable actions() {
      return new Actions();
    }

    @Override
    public RecoveryTable recovery() {
      return new Recovery();
    }

    @Override
    public RolloutTable rollouts() {
      return new Rollouts();
    }

    @Override
    public GateTable gates() {
      return new Gates();
    }

    @Override
    public OutboxTable outbox() {
      return new Outbox();
    }

    @Override
    public ManagerTable managers() {
      return new Managers();
    }

    @Override
    public AlertTable alerts() {
      return new Alerts();
    }

    @Override
    public ExportTable exports() {
      return state.exports.table(tenant, this::existing);
    }

    private final class Incidents implements IncidentTable {
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
      public Optional<IncidentState> stateInChannel(String channelId) {
        return findByChannel(channelId).map(Incident::state);
      }

      @Override
      public List<Incident> listOpen() {
        return state.incidents.values().stream()
            .filter(i -> i.tenant().equals(tenant) && i.state() != IncidentState.CLOSED)
            .sorted(Comparator.comparing(Incident::declaredAt).thenComparing(i -> i.id().value()))
            .toList();
      }
    }

    private final class Timeline implements TimelineTable {
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
        boolean seen = of(id).stream().anyMatch(e -> entry.sourceRef().equals(e.sourceRef()));
        return seen ? Optional.empty() : Optional.of(append(id, entry));
      }

      @Override
      public List<TimelineEntry> of(IncidentId id) {
        return state.timelines.getOrDefault(key(id), List.of()).stream()
            .sorted(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::sequence))
            .toList();
      }

      @Override
      public Map<IncidentId, Instant> lastRecordedOfOpen(EntryKind except) {
        Map<IncidentId, Instant> last = new HashMap<>();
        for (Incident incident : new Incidents().listOpen()) {
          of(incident.id()).stream()
              .filter(entry -> entry.kind() != except)
              .map(TimelineEntry::recordedAt)
              .max(Comparator.naturalOrder())
              .ifPresent(at -> last.put(incident.id(), at));
        }
        return last;
      }

      @Override
      public Map<IncidentId, List<TimelineEntry>> ofOpenWithText(String prefix) {
        return ofOpenWhere(entry -> entry.text().startsWith(prefix));
      }

      @Override
      public Map<IncidentId, List<TimelineEntry>> ofOpenWithSource(String prefix) {
        return ofOpenWhere(
            entry -> entry.sourceRef() != null && entry.sourceRef().startsWith(prefix));
      }

      private Map<IncidentId, List<TimelineEntry>> ofOpenWhere(
          java.util.function.Predicate<TimelineEntry> matches) {
        Map<IncidentId, List<TimelineEntry>> found = new HashMap<>();
        for (Incident incident : new Incidents().listOpen()) {
          List<TimelineEntry> entries = of(incident.id()).stream().filter(matches).toList();
          if (!entries.isEmpty()) {
            found.put(incident.id(), entries);
          }
        }
        return found;
      }
    }

    private final class Actions implements ActionTable {
      @Override
      public ActionItem add(IncidentId id, ActionItem item) {
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
      public void update(IncidentId id, ActionItem item) {
        List<ActionItem> list = state.actions.getOrDefault(existing(id), List.of());
        int index = item.number() - 1;
        if (index < 0 || index >= list.size()) {
          throw new IllegalStateException("no action item " + item.number() + " on " + id);
        }
        list.set(index, item);
      }

      @Override
      public List<ActionItem> of(IncidentId id) {
        return List.copyOf(state.actions.getOrDefault(key(id), List.of()));
      }
    }

    private final class Recovery implements RecoveryTable {
      @Override
      public void save(IncidentId id, RecoveryProgress progress) {
        Map<RecoveryStep, RecoveryProgress> steps =
            state.recovery.computeIfAbsent(existing(id), k -> new HashMap<>());
        steps.put(progress.step(), progress);
      }

      @Override
      public List<RecoveryProgress> of(IncidentId id) {
        return state.recovery.getOrDefault(key(id), Map.of()).values().stream()
            .sorted(Comparator.comparing(RecoveryProgress::step))
            .toList();
      }
    }

    private final class Rollouts implements RolloutTable {
      @Override
      public Optional<Rollout> of(IncidentId id) {
        return Optional.ofNullable(state.rollouts.get(key(id)));
      }

      @Override
      public void save(IncidentId id, Rollout rollout) {
        state.rollouts.put(existing(id), rollout);
      }

      @Override
      public Map<IncidentId, Rollout> active() {
        Map<IncidentId, Rollout> active = new TreeMap<>(Comparator.comparing(IncidentId::value));
        state.rollouts.forEach(
            (key, rollout) -> {
              if (key.tenant().equals(tenant) && rollout.current().isRunning()) {
                active.put(key.id(), rollout);
              }
            });
        return active;
      }
    }

    private final class Gates implements GateTable {
      @Override
      public Map<String, List<Criterion>> overrides(IncidentId id) {
        return Map.copyOf(state.gateCriteria.getOrDefault(key(id), Map.of()));
      }

      @Override
      public Map<IncidentId, Map<String, List<Criterion>>> allOverrides() {
        Map<IncidentId, Map<String, List<Criterion>>> all = new HashMap<>();
        state.gateCriteria.forEach(
            (key, byPhase) -> {
              if (key.tenant().equals(tenant)) {
                all.put(key.id(), Map.copyOf(byPhase));
              }
            });
        return all;
      }

      @Override
      public void override(IncidentId id, String phaseKey, List<Criterion> criteria) {
        state
            .gateCriteria
            .computeIfAbsent(existing(id), k -> new HashMap<>())
            .put(phaseKey, List.copyOf(criteria));
      }

      @Override
      public Optional<GateState> state(IncidentId id, int run) {
        return Optional.ofNullable(state.gateStates.getOrDefault(key(id), Map.of()).get(run));
      }

      @Override
      public void saveState(IncidentId id, int run, GateState value) {
        state.gateStates.computeIfAbsent(existing(id), k -> new HashMap<>()).put(run, value);
      }
    }

    private final class Outbox implements OutboxTable {
      @Override
      public boolean enqueue(String dedupeKey, Notice notice, Instant at) {
        boolean seen =
            state.deliveries.stream()
                .anyMatch(r -> r.tenant.equals(tenant) && r.dedupeKey.equals(dedupeKey));
        if (seen) {
          return false;
        }
        state.deliveries.add(new Queued(state.deliveries.size() + 1, tenant, dedupeKey, notice));
        return true;
      }
    }

    private final class Managers implements ManagerTable {
      @Override
      public List<Recipient> added() {
        return state.managers.getOrDefault(tenant, java.util.Set.of()).stream()
            .sorted(java.util.Comparator.comparing(Recipient::kind).thenComparing(Recipient::id))
            .toList();
      }

      @Override
      public boolean add(Recipient manager) {
        return state.managers.computeIfAbsent(tenant, t -> new java.util.HashSet<>()).add(manager);
      }

      @Override
      public boolean remove(Recipient manager) {
        return state.managers.getOrDefault(tenant, new java.util.HashSet<>()).remove(manager);
      }
    }

    private final class Alerts implements AlertTable {
      private java.util.stream.Stream<AlertRecord> own() {
        return state.alerts.stream()
            .filter(a -> a.tenant().equals(tenant))
            .map(StoredAlert::record);
      }

      @Override
      public Optional<AlertRecord> latest(String key) {
        return own()
            .filter(a -> a.key().equals(key))
            .max(Comparator.comparingLong(AlertRecord::id));
      }

      @Override
      public Optional<AlertGlance> glance(String key) {
        return latest(key)
            .map(
                a ->
                    new AlertGlance(
                        a.status(),
                        a.declared(),
                        a.declared()
                            .flatMap(
                                id -> Optional.ofNullable(state.incidents.get(new Key(tenant, id))))
                            .map(Incident::state),
                        a.closedAt()));
      }

      @Override
      public Optional<AlertRecord> open(AlertRecord record) {
        if (own().anyMatch(a -> a.key().equals(record.key()) && a.isOpen())) {
          return Optional.empty();
        }
        AlertRecord stored = record.withId(++state.alertSequence);
        if (stored.incident() != null) {
          existing(stored.incident());
        }
        state.alerts.add(new StoredAlert(tenant, stored));
        return Optional.of(stored);
      }

      @Override
      public Optional<AlertRecord> openFirst(AlertRecord record) {
        if (own().anyMatch(a -> a.key().equals(record.key()))) {
          return Optional.empty();
        }
        return open(record);
      }

      @Override
      public Optional<AlertRecord> find(long id) {
        return own().filter(a -> a.id() == id).findFirst();
      }

      @Override
      public void update(AlertRecord record) {
        if (record.incident() != null) {
          existing(record.incident());
        }
        for (int i = 0; i < state.alerts.size(); i++) {
          StoredAlert stored = state.alerts.get(i);
          if (stored.tenant().equals(tenant) && stored.record().id() == record.id()) {
            state.alerts.set(i, new StoredAlert(tenant, record));
            return;
          }
        }
        throw new IllegalStateException("no alert " + record.id() + " in " + tenant);
      }

      @Override
      public List<AlertRecord> of(IncidentId incident) {
        return own()
            .filter(a -> incident.equals(a.incident()))
            .sorted(Comparator.comparingLong(AlertRecord::id))
            .toList();
      }
    }
  }
}
