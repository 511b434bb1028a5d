package dev.aiir.bot.config;

import dev.aiir.commands.model.ExportRoutes;
import dev.aiir.commands.model.ExportTarget;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration file's {@code exports}: the trackers and wikis set up (each with its
 * credential) and each workspace's route to them. No target, no export.
 */
public record ExportsConfig(Map<ExportTarget, ExportTargetSettings> targets, ExportRoutes routes) {
  public ExportsConfig {
    targets = targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
    Objects.requireNonNull(routes, "routes");
  }

  public static ExportsConfig none() {
    return new ExportsConfig(Map.of(), ExportRoutes.none());
  }
}
