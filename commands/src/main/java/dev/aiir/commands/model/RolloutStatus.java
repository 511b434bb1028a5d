package dev.aiir.commands.model;

/** Where a rollout stands: a phase running, halted by a person, or restoration complete. */
public enum RolloutStatus {
  ACTIVE,
  HALTED,
  COMPLETE
}
