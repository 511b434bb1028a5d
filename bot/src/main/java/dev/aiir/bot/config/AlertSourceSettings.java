package dev.aiir.bot.config;

import dev.aiir.commands.model.AlertSource;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one source of alerts proves who it is: a bearer token ({@code Authorization: Bearer ...}) or
 * an HMAC-SHA256 signature of the body (hex, in {@code signatureHeader}; over {@code
 * timestamp:body} when the source also sends a timestamp, which must then be younger than {@code
 * maxAge}).
 */
public record AlertSourceSettings(
    AlertSource source,
    Auth auth,
    Secret secret,
    String signatureHeader,
    Optional<String> timestampHeader,
    Duration maxAge) {

  /** A bearer token, or a signature of the body. */
  public enum Auth {
    BEARER,
    HMAC
  }

  /** Grafana's own header; ours for the others. */
  public static String defaultSignatureHeader(AlertSource source) {
    return source == AlertSource.GRAFANA ? "X-Grafana-Alerting-Signature" : "X-Aiir-Signature";
  }

  public AlertSourceSettings {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(signatureHeader, "signatureHeader");
    Objects.requireNonNull(timestampHeader, "timestampHeader");
    Objects.requireNonNull(maxAge, "maxAge");
  }

  /** A bearer token, the usual way for Alertmanager's {@code http_config.authorization}. */
  public static AlertSourceSettings bearer(AlertSource source, Secret token) {
    return new AlertSourceSettings(
        source,
        Auth.BEARER,
        token,
        defaultSignatureHeader(source),
        Optional.empty(),
        Duration.ofMinutes(5));
  }

  @Override
  public String toString() {
    return source.key() + " (" + auth.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
