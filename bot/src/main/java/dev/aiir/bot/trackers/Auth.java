package dev.aiir.bot.trackers;

import dev.aiir.bot.config.ExportTargetSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The authentication headers each vendor takes. The values are secrets: never logged. */
final class Auth {
  private Auth() {}

  static String token(ExportTargetSettings settings) {
    return new String(settings.token().bytes(), StandardCharsets.UTF_8);
  }

  /** {@code Authorization: Bearer <token>} (GitHub, Notion, Data Center personal tokens). */
  static Map<String, String> bearer(ExportTargetSettings settings) {
    return Map.of("Authorization", "Bearer " + token(settings));
  }

  /** GitLab's {@code PRIVATE-TOKEN}. */
  static Map<String, String> gitlab(ExportTargetSettings settings) {
    return Map.of("PRIVATE-TOKEN", token(settings));
  }

  /** Atlassian: basic with the account's e-mail and API token (Cloud), else a bearer token. */
  static Map<String, String> atlassian(ExportTargetSettings settings) {
    if (settings.user().isEmpty()) {
      return bearer(settings);
    }
    String pair = settings.user().get() + ":" + token(settings);
    return Map.of(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }
}
