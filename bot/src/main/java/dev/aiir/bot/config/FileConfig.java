package dev.aiir.bot.config;

import dev.aiir.commands.manager.ManagerDirectory;
import dev.aiir.commands.rollout.RolloutPlan;
import java.util.Objects;

/**
 * What the configuration file ({@code AIIR_CONFIG}) sets: the rollout plan and the managers. Each
 * is the default when the file does not set it.
 */
public record FileConfig(RolloutPlan rolloutPlan, ManagerDirectory managers) {
  public FileConfig {
    Objects.requireNonNull(rolloutPlan, "rolloutPlan");
    Objects.requireNonNull(managers, "managers");
  }

  public static FileConfig defaults() {
    return new FileConfig(RolloutPlan.defaults(), ManagerDirectory.none());
  }
}
