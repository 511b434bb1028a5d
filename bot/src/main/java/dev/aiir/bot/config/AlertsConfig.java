package dev.aiir.bot.config;

import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration file's {@code alerts}: the sources that may post alerts (each with its
 * credential) and the routes their alerts take. No source, no endpoint.
 */
public record AlertsConfig(Map<AlertSource, AlertSourceSettings> sources, AlertRouting routing) {
  public AlertsConfig {
    sources = sources.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sources));
    Objects.requireNonNull(routing, "routing");
  }

  public static AlertsConfig none() {
    return new AlertsConfig(Map.of(), AlertRouting.none());
  }
}
