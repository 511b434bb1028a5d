package dev.aiir.commands.handling;

import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ExportPorts;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.Timers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every handler may use: the store, the timers, the chat platforms (to post, read history and
 * upload beyond a command's own reply), the clock, the settings, and the trackers and wikis that
 * action items and reviews are exported to.
 */
public record Core(
    IncidentStore store,
    Timers timers,
    ChatPlatforms chat,
    Clock clock,
    CoreSettings settings,
    ExportPorts exports) {
  public Core {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(exports, "exports");
  }

  /** A core that exports nowhere. */
  public Core(
      IncidentStore store, Timers timers, ChatPlatforms chat, Clock clock, CoreSettings settings) {
    this(store, timers, chat, clock, settings, ExportPorts.none());
  }

  /** Now, to the millisecond: the precision the stores keep, so what is read back is equal. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
