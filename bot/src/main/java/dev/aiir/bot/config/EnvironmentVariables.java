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

  /**
   * Whether {@code name} in {@code env} says {@code other} rather than {@code standard}, its
   * default; any third value is the operator's mistake, named in the message.
   */
  public static boolean saysOtherThan(
      Map<String, String> env, String name, String standard, String other) {
    String said = value(env, name).orElse(standard);
    if (said.equals(standard) || said.equals(other)) {
      return said.equals(other);
    }
    throw new ConfigurationException(
        name + " must be " + standard + " (the default) or " + other + ", not '" + said + "'");
  }
}
