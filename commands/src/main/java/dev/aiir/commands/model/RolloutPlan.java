package dev.aiir.commands.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The phases of a staged restoration, in order. The default is the seed's table (Canary, Limited,
 * Majority, Full); a team may configure its own, which is checked here.
 */
public record RolloutPlan(List<Phase> phases) {

  public RolloutPlan {
    phases = List.copyOf(phases);
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("a rollout plan needs at least one phase");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      if (!keys.add(phase.key())) {
        throw new IllegalArgumentException("two phases are named " + phase.name());
      }
      boolean last = i == phases.size() - 1;
      if (i > 0 && phase.traffic().low() <= phases.get(i - 1).traffic().high()) {
        throw new IllegalArgumentException(
            phase.name() + "'s traffic must start above " + phases.get(i - 1).name() + "'s");
      }
      if (!last && !phase.minimum().minus(phase.maximum()).isNegative()) {
        throw new IllegalArgumentException(
            phase.name() + "'s minimum must be shorter than its maximum");
      }
      if (last && !phase.minimum().equals(phase.maximum())) {
        throw new IllegalArgumentException(
            "the final phase, " + phase.name() + ", has one duration (how long it must be stable)");
      }
      if (last && phase.traffic().high() != 100) {
        throw new IllegalArgumentException(
            "the final phase, " + phase.name() + ", must restore all traffic (100%)");
      }
    }
  }

  /** The seed's table: Canary 1-5% 2-4 h, Limited 10-25% 4-8 h, Majority 50-75% 8-24 h, Full. */
  public static RolloutPlan defaults() {
    return new RolloutPlan(
        List.of(
            phase("Canary", 1, 5, 2, 4, "No anomalies in monitoring dashboards"),
            phase("Limited", 10, 25, 4, 8, "Metrics match or exceed pre-incident baseline"),
            phase("Majority", 50, 75, 8, 24, "No user reports; regression tests passing"),
            phase("Full", 100, 100, 72, 72, "72 hours of stable operation")));
  }

  private static Phase phase(
      String name, int low, int high, int minHours, int maxHours, String exit) {
    return new Phase(
        name,
        new TrafficRange(low, high),
        Duration.ofHours(minHours),
        Duration.ofHours(maxHours),
        exit);
  }

  public Phase first() {
    return phases.get(0);
  }

  public boolean isFinal(Phase phase) {
    return phases.get(phases.size() - 1).key().equals(phase.key());
  }

  /** The phase after {@code phase}; empty for the final one. */
  public Optional<Phase> next(Phase phase) {
    for (int i = 0; i < phases.size() - 1; i++) {
      if (phases.get(i).key().equals(phase.key())) {
        return Optional.of(phases.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The phase with this key; empty when the plan has none (it changed since the phase began). */
  public Optional<Phase> find(String key) {
    return phases.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** The timers entering {@code phase} schedules. */
  public List<PhaseTimer> timersOf(Phase phase) {
    return isFinal(phase)
        ? List.of(PhaseTimer.STABLE)
        : List.of(PhaseTimer.MINIMUM, PhaseTimer.MAXIMUM);
  }
}
