package dev.aiir.commands.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One phase of the staged restoration of traffic: how much traffic it serves, how long it soaks at
 * least and at most, and what must be true before it is promoted (in words, and optionally as
 * metric criteria checked against Prometheus).
 *
 * @param minimum the soak before promotion is allowed without {@code --force}
 * @param maximum when responders are told to promote or halt; equal to {@code minimum} for a final
 *     phase, whose one timer says the restoration is complete
 * @param gate its metric exit criteria; {@link PhaseGate#NONE} when it has none
 */
public record Phase(
    String name,
    TrafficRange traffic,
    Duration minimum,
    Duration maximum,
    String exitCriteria,
    PhaseGate gate) {

  public Phase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(exitCriteria, "exitCriteria");
    Objects.requireNonNull(gate, "gate");
    name = name.strip();
    exitCriteria = exitCriteria.strip();
    if (keyOf(name).isEmpty()) {
      throw new IllegalArgumentException("a phase needs a name with letters or digits");
    }
    if (exitCriteria.isEmpty()) {
      throw new IllegalArgumentException(name + " needs its exit criteria");
    }
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException(name + " needs a duration longer than zero");
    }
    if (maximum.compareTo(minimum) < 0) {
      throw new IllegalArgumentException(name + "'s maximum is shorter than its minimum");
    }
  }

  /** A phase without metric criteria. */
  public Phase(
      String name, TrafficRange traffic, Duration minimum, Duration maximum, String exitCriteria) {
    this(name, traffic, minimum, maximum, exitCriteria, PhaseGate.NONE);
  }

  /** The same phase with these metric criteria. */
  public Phase withGate(PhaseGate value) {
    return new Phase(name, traffic, minimum, maximum, exitCriteria, value);
  }

  /** The name as timer keys and commands use it: {@code Canary} is {@code canary}. */
  public String key() {
    return keyOf(name);
  }

  /** Whether {@code text} names this phase, in any case. */
  public boolean isNamed(String text) {
    return key().equals(keyOf(text));
  }

  /**
   * Lower case, each run of other characters than {@code a-z} and {@code 0-9} one dash, none at
   * either end. Written as a loop: reconciliation asks it for every running phase's timers.
   */
  private static String keyOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    boolean dash = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && key.length() > 0) {
          key.append('-');
        }
        key.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return key.toString();
  }
}
