package dev.aiir.commands.handling;

import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.ExportPorts;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.Timers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every handler may use: the store, the timers, the chat platforms (to post, read history and
 * upload beyond a command's own reply), the clock, the settings, the metrics that rollout gates
 * query, and the trackers and wikis that action items and reviews are exported to.
 */
public record Core(
    IncidentStore store,
    Timers timers,
    ChatPlatforms chat,
    Clock clock,
    CoreSettings settings,
    MetricQueries metrics,
    ExportPorts exports) {
  public Core {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(exports, "exports");
  }

  /**
   * A core without a metrics system (rollout gates say they cannot evaluate) that exports nowhere.
   */
  public Core(
      IncidentStore store, Timers timers, ChatPlatforms chat, Clock clock, CoreSettings settings) {
    this(store, timers, chat, clock, settings, MetricQueries.NONE, ExportPorts.none());
  }

  /** A core whose rollout gates query {@code metrics}, exporting nowhere. */
  public Core(
      IncidentStore store,
      Timers timers,
      ChatPlatforms chat,
      Clock clock,
      CoreSettings settings,
      MetricQueries metrics) {
    this(store, timers, chat, clock, settings, metrics, ExportPorts.none());
  }

  /** A core exporting through {@code exports}, without a metrics system. */
  public Core(
      IncidentStore store,
      Timers timers,
      ChatPlatforms chat,
      Clock clock,
      CoreSettings settings,
      ExportPorts exports) {
    this(store, timers, chat, clock, settings, MetricQueries.NONE, exports);
  }

  /** Now, to the millisecond: the precision the stores keep, so what is read back is equal. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
