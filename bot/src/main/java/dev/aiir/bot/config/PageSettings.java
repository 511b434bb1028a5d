package dev.aiir.bot.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the read-only incident page ({@code GET /incidents}) is served, and to whom, from {@code
 * AIIR_PAGE_TOKEN}: unset, it is not served; {@code off}, it is served to anyone who reaches the
 * port (for a trusted machine only; a warning is logged at start); otherwise the value is the
 * secret a reader must present. The secret is never printed.
 */
public record PageSettings(Mode mode, Optional<String> token) {
  /** The shortest secret accepted: a token short enough to guess is no lock. */
  public static final int SHORTEST_TOKEN = 16;

  /** How the page is served. */
  public enum Mode {
    /** Not served: {@code /incidents} is not found. */
    DISABLED,
    /** Served without authentication. */
    OPEN,
    /** Served to readers who present the token. */
    TOKEN
  }

  public PageSettings {
    if ((mode == Mode.TOKEN) != token.isPresent()) {
      throw new IllegalArgumentException("a token goes with the token mode, and only with it");
    }
  }

  public static PageSettings disabled() {
    return new PageSettings(Mode.DISABLED, Optional.empty());
  }

  public static PageSettings open() {
    return new PageSettings(Mode.OPEN, Optional.empty());
  }

  public static PageSettings withToken(String token) {
    return new PageSettings(Mode.TOKEN, Optional.of(token));
  }

  static PageSettings fromEnvironment(Map<String, String> env) {
    String value = Optional.ofNullable(env.get("AIIR_PAGE_TOKEN")).map(String::strip).orElse("");
    if (value.isEmpty()) {
      return disabled();
    }
    if (value.toLowerCase(Locale.ROOT).equals("off")) {
      return open();
    }
    if (value.length() < SHORTEST_TOKEN || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new ConfigurationException(
          "AIIR_PAGE_TOKEN must be at least "
              + SHORTEST_TOKEN
              + " printable ASCII characters without spaces (such as the output of"
              + " `openssl rand -hex 24`), or off to serve the page without one");
    }
    return withToken(value);
  }

  @Override
  public String toString() {
    return mode.name().toLowerCase(Locale.ROOT);
  }
}
