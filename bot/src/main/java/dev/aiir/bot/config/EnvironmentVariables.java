package dev.aiir.bot.config;

import java.util.Map;
import java.util.Optional;

/** How the settings read an environment variable: stripped, and blank counts as unset. */
public final class EnvironmentVariables {
  private EnvironmentVariables() {}

  /** The value of {@code name} in {@code env}, stripped; empty when it is unset or blank. */
  public static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
