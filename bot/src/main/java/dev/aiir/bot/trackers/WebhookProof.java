package dev.aiir.bot.trackers;

import dev.aiir.bot.config.Secret;
import dev.aiir.bot.http.HmacSha256;
import dev.aiir.bot.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How each tracker's webhook proves it comes from the tracker, every comparison in constant time:
 * GitHub's {@code X-Hub-Signature-256} (HMAC-SHA256 of the body, {@code sha256=<hex>}), GitLab's
 * {@code X-Gitlab-Token} (the secret itself), and Jira's secret either as Jira Cloud signs with it
 * ({@code X-Hub-Signature: sha256=<hex>}) or as a {@code secret} query parameter of the webhook's
 * URL (Jira Data Center, whose webhooks sign nothing).
 */
final class WebhookProof {
  private WebhookProof() {}

  /** {@code sha256=<hex of HMAC-SHA256(secret, body)>} in {@code header}. */
  static boolean signed(HttpCall call, String header, Secret secret) {
    Optional<String> given = call.header(header);
    if (given.isEmpty()) {
      return false;
    }
    String value = given.get().strip().toLowerCase(Locale.ROOT);
    if (!value.startsWith("sha256=")) {
      return false;
    }
    byte[] expected =
        ("sha256=" + HexFormat.of().formatHex(HmacSha256.of(secret.bytes(), call.body())))
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), expected);
  }

  /** The secret itself in {@code header}. */
  static boolean token(HttpCall call, String header, Secret secret) {
    return call.header(header)
        .map(
            given ->
                MessageDigest.isEqual(
                    given.strip().getBytes(StandardCharsets.UTF_8), secret.bytes()))
        .orElse(false);
  }

  /** The secret itself as the query parameter {@code name}. */
  static boolean query(HttpCall call, String name, Secret secret) {
    List<String> values = call.query().getOrDefault(name, List.of());
    return values.size() == 1
        && MessageDigest.isEqual(values.get(0).getBytes(StandardCharsets.UTF_8), secret.bytes());
  }
}
