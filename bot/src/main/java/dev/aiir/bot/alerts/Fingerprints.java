package dev.aiir.bot.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint for an alert whose source gave none: the first 16 hex digits of SHA-256 over its
 * sorted labels (and, for the generic webhook, its title), so the same alert always gets the same.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String of(String title, Map<String, String> labels) {
    StringBuilder text = new StringBuilder(title == null ? "" : title).append('\n');
    new TreeMap<>(labels).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
