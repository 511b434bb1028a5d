package dev.aiir.commands.testing;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.delivery.DeliveryDispatcher;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.CoreSettings;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.DeliveryQueue;
import dev.aiir.commands.port.ExportClients;
import dev.aiir.commands.port.ExportPorts;
import dev.aiir.commands.port.ExportQueue;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.ScheduledTimer;
import dev.aiir.commands.port.TimerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The core on in-memory fakes and a hand-moved clock, with people to type commands: {@code maya}
 * (an incident admin), {@code sam} and {@code lee} (responders), all in channel {@code C1}. Moving
 * the clock with {@link #advance} fires the timers that come due, as a scheduler would, and
 * delivers what they say to {@link #chat}.
 */
public final class BotFixture {
  public static final Tenant TENANT = new Tenant(Platform.SLACK, "T1");
  public static final UserRef MAYA = new UserRef("U01", "maya");
  public static final UserRef SAM = new UserRef("U02", "sam");
  public static final UserRef LEE = new UserRef("U03", "lee");
  public static final String CHANNEL = "C1";

  public final MutableClock clock;
  public final IncidentStore store;
  public final RecordingTimers timers = new RecordingTimers();
  public final RecordingChat chat = new RecordingChat();
  public final Core core;
  public final IncidentBot bot;
  public final TimerFired fired;
  public final DeliveryDispatcher dispatcher;

  public BotFixture(String isoNow) {
    this(isoNow, CoreSettings.defaults());
  }

  public BotFixture(String isoNow, IncidentStore store) {
    this(isoNow, store, CoreSettings.defaults());
  }

  public BotFixture(String isoNow, CoreSettings settings) {
    this(isoNow, new InMemoryIncidentStore(), settings);
  }

  /** The core on {@code store}; notices queue in it when it is also a delivery queue. */
  public BotFixture(String isoNow, IncidentStore store, CoreSettings settings) {
    this(isoNow, store, settings, MetricQueries.NONE, new ExportClients());
  }

  /** The core whose rollout gates query {@code metrics}. */
  public BotFixture(String isoNow, CoreSettings settings, MetricQueries metrics) {
    this(isoNow, new InMemoryIncidentStore(), settings, metrics, new ExportClients());
  }

  public BotFixture(
      String isoNow, IncidentStore store, CoreSettings settings, MetricQueries metrics) {
    this(isoNow, store, settings, metrics, new ExportClients());
  }

  /** The core on an in-memory store, exporting to {@code clients} through its export outbox. */
  public BotFixture(String isoNow, CoreSettings settings, ExportClients clients) {
    this(isoNow, new InMemoryIncidentStore(), settings, MetricQueries.NONE, clients);
  }

  private BotFixture(
      String isoNow,
      IncidentStore store,
      CoreSettings settings,
      MetricQueries metrics,
      ExportClients clients) {
    this.clock = MutableClock.at(isoNow);
    this.store = store;
    DeliveryQueue queue = store instanceof DeliveryQueue own ? own : new InMemoryIncidentStore();
    ChatPlatforms platforms = new ChatPlatforms().register(TENANT.platform(), chat);
    ExportQueue exportQueue =
        store instanceof InMemoryIncidentStore memory
            ? memory.exportQueue()
            : ExportPorts.none().queue();
    this.core =
        new Core(
            store,
            timers,
            platforms,
            clock,
            settings,
            metrics,
            new ExportPorts(clients, exportQueue, clock));
    this.bot = new IncidentBot(core);
    this.fired = new TimerFired(core, TimerFeatures.standard(core));
    this.dispatcher = new DeliveryDispatcher(queue, platforms, clock, Backoff.standard());
  }

  public Reply as(UserRef user, String line) {
    return bot.execute(context(user), line);
  }

  /** {@code user} in the fixture's channel; Maya is the incident admin. */
  public static CommandContext context(UserRef user) {
    return new CommandContext(TENANT, user, CHANNEL, user.equals(MAYA));
  }

  public Reply in(Tenant tenant, UserRef user, String channel, String line) {
    return bot.execute(new CommandContext(tenant, user, channel, false), line);
  }

  public Reply run(String line) {
    return as(MAYA, line);
  }

  /**
   * Moves the clock on by {@code duration}, firing each scheduled timer at its time on the way
   * (soonest first, as a scheduler would) and delivering the notices each one queues.
   */
  public void advance(Duration duration) {
    Instant end = clock.instant().plus(duration);
    Optional<ScheduledTimer> next;
    while ((next = nextDueBy(end)).isPresent()) {
      clock.set(next.get().at());
      timers.cancel(next.get().key());
      fired.fire(next.get().key(), next.get().at());
      dispatcher.deliverDue();
    }
    clock.set(end);
  }

  private Optional<ScheduledTimer> nextDueBy(Instant end) {
    return timers.scheduled().entrySet().stream()
        .filter(e -> !e.getValue().isAfter(end))
        .map(e -> new ScheduledTimer(e.getKey(), e.getValue()))
        .min(Comparator.comparing(ScheduledTimer::at).thenComparing(t -> t.key().value()));
  }

  public Map<TimerKey, Instant> scheduled() {
    return timers.scheduled();
  }

  public Incident incident(String id) {
    return store
        .inTransaction(TENANT, tx -> tx.incidents().find(new IncidentId(id)))
        .orElseThrow(() -> new AssertionError("no incident " + id));
  }

  public List<TimelineEntry> timeline(String id) {
    return store.inTransaction(TENANT, tx -> tx.timeline().of(new IncidentId(id)));
  }

  public Optional<Rollout> rollout(String id) {
    return store.inTransaction(TENANT, tx -> tx.rollouts().of(new IncidentId(id)));
  }

  public StoreSnapshot snapshot() {
    return StoreSnapshot.of(store, TENANT);
  }
}
