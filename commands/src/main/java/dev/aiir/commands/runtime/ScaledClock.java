package dev.aiir.commands.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The core's clock in a drill ({@code AIIR_TIME_SCALE}): from its anchor on, it runs {@code scale}
 * times faster than real time, so every rule and every timer of the core runs that much faster too.
 * The timers map its instants back to real time with {@link #toReal}. Scale 1 is real time.
 */
public final class ScaledClock extends Clock {

  /**
   * Where the scaled time line meets the real one: at real instant {@code real} the clock read
   * {@code scaled}. Kept in the store, so that a drill's time goes on after a restart.
   */
  public record Anchor(Instant real, Instant scaled, long scale) {
    public Anchor {
      Objects.requireNonNull(real, "real");
      Objects.requireNonNull(scaled, "scaled");
      if (scale < 1) {
        throw new IllegalArgumentException("a time scale is 1 or more, not " + scale);
      }
    }
  }

  private final Clock real;
  private final Anchor anchor;

  public ScaledClock(Clock real, Anchor anchor) {
    this.real = Objects.requireNonNull(real, "real");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  /** Real time itself. */
  public static ScaledClock unscaled(Clock real) {
    Instant now = real.instant();
    return new ScaledClock(real, new Anchor(now, now, 1));
  }

  /**
   * A clock at {@code scale} that goes on from {@code stored} (a previous run's anchor): the same
   * anchor at the same scale, or a new one from the stored clock's present reading otherwise.
   */
  public static ScaledClock continuing(Optional<Anchor> stored, Clock real, long scale) {
    if (stored.isPresent() && stored.get().scale() == scale) {
      return new ScaledClock(real, stored.get());
    }
    // To the millisecond, as the store keeps anchors: the clock read back is the same clock.
    Instant now = real.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant scaledNow =
        stored.map(a -> new ScaledClock(Clock.fixed(now, ZoneOffset.UTC), a).instant()).orElse(now);
    return new ScaledClock(real, new Anchor(now, scaledNow.truncatedTo(ChronoUnit.MILLIS), scale));
  }

  public Anchor anchor() {
    return anchor;
  }

  public long scale() {
    return anchor.scale();
  }

  /** The real instant at which this clock will read {@code scaled}. */
  public Instant toReal(Instant scaled) {
    Duration ahead = Duration.between(anchor.scaled(), scaled);
    return anchor.real().plus(ahead.dividedBy(anchor.scale()));
  }

  @Override
  public Instant instant() {
    Duration since = Duration.between(anchor.real(), real.instant());
    return anchor.scaled().plus(since.multipliedBy(anchor.scale()));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ScaledClock[x" + anchor.scale() + " since " + anchor.real() + "]";
  }
}
