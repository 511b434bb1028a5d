package dev.aiir.bot.alerts;

import dev.aiir.bot.config.AlertSourceSettings;
import dev.aiir.bot.http.HmacSha256;
import dev.aiir.bot.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a request comes from its source: the bearer token, or the HMAC-SHA256 signature of
 * the body (and of the timestamp, when the source sends one, which must be recent). Comparisons
 * take the same time whatever they compare, and no secret or received credential is ever put into
 * the reason, which is logged.
 */
final class Credentials {
  private final AlertSourceSettings settings;
  private final Clock clock;

  Credentials(AlertSourceSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Why the request is refused, or empty when its credential is right. */
  Optional<String> refusal(HttpCall call) {
    return settings.auth() == AlertSourceSettings.Auth.BEARER ? bearer(call) : signature(call);
  }

  private Optional<String> bearer(HttpCall call) {
    Optional<String> header = call.header("authorization");
    if (header.isEmpty()) {
      return Optional.of("no Authorization header");
    }
    String value = header.get().strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return Optional.of("the Authorization header is not a bearer token");
    }
    byte[] given = value.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, settings.secret().bytes())
        ? Optional.empty()
        : Optional.of("wrong bearer token");
  }

  private Optional<String> signature(HttpCall call) {
    Optional<String> given = call.header(settings.signatureHeader());
    if (given.isEmpty()) {
      return Optional.of("no " + settings.signatureHeader() + " header");
    }
    String signed = call.body();
    if (settings.timestampHeader().isPresent()) {
      Optional<String> timestamp = call.header(settings.timestampHeader().get());
      if (timestamp.isEmpty()) {
        return Optional.of("no " + settings.timestampHeader().get() + " header");
      }
      Optional<String> stale = stale(timestamp.get());
      if (stale.isPresent()) {
        return stale;
      }
      signed = timestamp.get().strip() + ":" + signed;
    }
    String hex = given.get().strip().toLowerCase(Locale.ROOT);
    if (hex.startsWith("sha256=")) {
      hex = hex.substring(7);
    }
    byte[] expected =
        HexFormat.of()
            .formatHex(HmacSha256.of(settings.secret().bytes(), signed))
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), expected)
        ? Optional.empty()
        : Optional.of("wrong signature");
  }

  /** A timestamp in Unix seconds, within the source's maximum age either way (clock skew). */
  private Optional<String> stale(String text) {
    long seconds;
    try {
      seconds = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return Optional.of("the timestamp is not Unix seconds");
    }
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    return age.compareTo(settings.maxAge()) > 0
        ? Optional.of("the timestamp is " + age.toSeconds() + " s away from now")
        : Optional.empty();
  }
}
