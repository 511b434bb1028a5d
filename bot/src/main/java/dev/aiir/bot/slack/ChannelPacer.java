package dev.aiir.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces posts to one channel at least an interval apart (Slack allows about one message per second
 * per channel): a burst waits its turn rather than being refused with HTTP 429 and dropped.
 * Channels do not wait for each other.
 */
final class ChannelPacer {
  static final Duration SLACK_INTERVAL = Duration.ofSeconds(1);
  // Slots in the past mean nothing; forget them once this many channels have been seen.
  private static final int PRUNE_ABOVE = 10_000;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final Map<String, Instant> nextSlot = new HashMap<>();

  ChannelPacer(Clock clock, Sleeper sleeper, Duration interval) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
  }

  /** A pacer that never waits. */
  static ChannelPacer none() {
    return new ChannelPacer(Clock.systemUTC(), duration -> {}, Duration.ZERO);
  }

  /** Waits until {@code channelId}'s next slot, which it takes; returns how long it waited. */
  Duration awaitTurn(String channelId) throws InterruptedException {
    Instant now = clock.instant();
    Instant slot = reserve(channelId, now);
    Duration wait = Duration.between(now, slot);
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
    return wait;
  }

  private synchronized Instant reserve(String channelId, Instant now) {
    if (nextSlot.size() > PRUNE_ABOVE) {
      nextSlot.values().removeIf(next -> next.isBefore(now));
    }
    Instant next = nextSlot.getOrDefault(channelId, now);
    Instant slot = next.isAfter(now) ? next : now;
    nextSlot.put(channelId, slot.plus(interval));
    return slot;
  }
}
