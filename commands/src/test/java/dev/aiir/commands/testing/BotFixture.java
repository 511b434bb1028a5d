package dev.aiir.commands.testing;

import dev.aiir.commands.Core;
import dev.aiir.commands.CoreSettings;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.IncidentId;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.timeline.TimelineEntry;
import java.util.List;

/**
 * The core on in-memory fakes and a hand-moved clock, with people to type commands: {@code maya}
 * (an incident admin), {@code sam} and {@code lee} (responders), all in channel {@code C1}.
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
  public final IncidentBot bot;

  public BotFixture(String isoNow) {
    this(isoNow, new InMemoryIncidentStore());
  }

  public BotFixture(String isoNow, IncidentStore store) {
    this(isoNow, store, CoreSettings.defaults());
  }

  public BotFixture(String isoNow, CoreSettings settings) {
    this(isoNow, new InMemoryIncidentStore(), settings);
  }

  public BotFixture(String isoNow, IncidentStore store, CoreSettings settings) {
    this.clock = MutableClock.at(isoNow);
    this.store = store;
    ChatPlatforms platforms = new ChatPlatforms().register(TENANT.platform(), chat);
    this.bot = new IncidentBot(new Core(store, timers, platforms, clock, settings));
  }

  public Reply as(UserRef user, String line) {
    return bot.execute(new CommandContext(TENANT, user, CHANNEL, user.equals(MAYA)), line);
  }

  public Reply in(Tenant tenant, UserRef user, String channel, String line) {
    return bot.execute(new CommandContext(tenant, user, channel, false), line);
  }

  public Reply run(String line) {
    return as(MAYA, line);
  }

  public Incident incident(String id) {
    return store
        .inTransaction(TENANT, tx -> tx.find(new IncidentId(id)))
        .orElseThrow(() -> new AssertionError("no incident " + id));
  }

  public List<TimelineEntry> timeline(String id) {
    return store.inTransaction(TENANT, tx -> tx.timeline(new IncidentId(id)));
  }

  public StoreSnapshot snapshot() {
    return StoreSnapshot.of(store, TENANT);
  }
}
