package dev.aiir.commands.handling;

import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.Timers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every handler may use: the store, the timers, the chat platforms (to post, read history and
 * upload beyond a command's own reply), the clock, the settings and the metrics that rollout gates
 * query.
 */
public record Core(
    IncidentStore store,
    Timers timers,
    ChatPlatforms chat,
    Clock clock,
    CoreSettings settings,
    MetricQueries metrics) {
  public Core {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(metrics, "metrics");
  }

  /** A core without a metrics system: rollout gates say they cannot evaluate. */
  public Core(
      IncidentStore store, Timers timers, ChatPlatforms chat, Clock clock, CoreSettings settings) {
    this(store, timers, chat, clock, settings, MetricQueries.NONE);
  }

  /** Now, to the millisecond: the precision the stores keep, so what is read back is equal. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
