package dev.aiir.bot.config;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A credential read from an environment variable or a file: it says where it came from, never what
 * it is, so no log line or error can print it.
 *
 * @param origin such as {@code env AIIR_GRAFANA_SECRET} or {@code file /run/secrets/grafana}
 */
public final class Secret {
  private final byte[] value;
  private final String origin;

  public Secret(String value, String origin) {
    this.value = Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8);
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** The secret's bytes, for a MAC or a comparison in constant time; a copy. */
  public byte[] bytes() {
    return value.clone();
  }

  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "secret from " + origin;
  }
}
