package dev.aiir.commands.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An incident's staged restoration of traffic: every phase it entered, in order. The last one is
 * the current phase; the rollout is active while it runs.
 */
public record Rollout(List<PhaseRun> runs) {

  public Rollout {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a rollout has entered at least one phase");
    }
  }

  /** A rollout that has just entered its first phase. */
  public static Rollout started(PhaseRun first) {
    return new Rollout(List.of(first));
  }

  public PhaseRun current() {
    return runs.get(runs.size() - 1);
  }

  public RolloutStatus status() {
    PhaseRun current = current();
    if (current.isRunning()) {
      return RolloutStatus.ACTIVE;
    }
    return current.ending() == PhaseEnd.HALTED ? RolloutStatus.HALTED : RolloutStatus.COMPLETE;
  }

  /** This rollout with its current phase replaced by {@code run}. */
  public Rollout withCurrent(PhaseRun run) {
    List<PhaseRun> next = new ArrayList<>(runs);
    next.set(next.size() - 1, run);
    return new Rollout(next);
  }

  /** This rollout with {@code run} entered after the current phase. */
  public Rollout then(PhaseRun run) {
    List<PhaseRun> next = new ArrayList<>(runs);
    next.add(run);
    return new Rollout(next);
  }
}
