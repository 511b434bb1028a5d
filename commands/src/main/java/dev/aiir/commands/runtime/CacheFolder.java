package dev.aiir.commands.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's cache folder for what aiir keeps between runs of the same build (SQLite's native
 * library, the class-data archive): rebuilt at will, never anything a user would miss.
 */
public final class CacheFolder {
  private CacheFolder() {}

  /** {@code $XDG_CACHE_HOME/aiir}, or {@code .cache/aiir} in {@code home}; empty with neither. */
  public static Optional<Path> of(Map<String, String> env, String home) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "aiir"));
    }
    return home == null || home.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "aiir"));
  }
}
