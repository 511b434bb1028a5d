package dev.aiir.bot.config;

import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.RolloutPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * What the configuration file ({@code AIIR_CONFIG}) sets: the rollout plan, the managers, the
 * status-update nudges' cadences, the managers' digest schedule, the alerts' sources and routes,
 * and the trackers and wikis that action items and reviews are exported to. Each is the default
 * when the file does not set it.
 */
public record FileConfig(
    RolloutPlan rolloutPlan,
    ManagerDirectory managers,
    NudgeCadences nudges,
    Optional<DigestSchedule> digest,
    AlertsConfig alerts,
    ExportsConfig exports) {
  public FileConfig {
    Objects.requireNonNull(rolloutPlan, "rolloutPlan");
    Objects.requireNonNull(managers, "managers");
    Objects.requireNonNull(nudges, "nudges");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(exports, "exports");
  }

  /** Everything but exports. */
  public FileConfig(
      RolloutPlan rolloutPlan,
      ManagerDirectory managers,
      NudgeCadences nudges,
      Optional<DigestSchedule> digest,
      AlertsConfig alerts) {
    this(rolloutPlan, managers, nudges, digest, alerts, ExportsConfig.none());
  }

  /** The plan and managers set, with the standard nudges and digest, and no alerts. */
  public FileConfig(RolloutPlan rolloutPlan, ManagerDirectory managers) {
    this(
        rolloutPlan,
        managers,
        NudgeCadences.standard(),
        Optional.of(DigestSchedule.standard()),
        AlertsConfig.none());
  }

  public static FileConfig defaults() {
    return new FileConfig(RolloutPlan.defaults(), ManagerDirectory.none());
  }
}
