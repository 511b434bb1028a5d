package dev.aiir.commands.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the reports and the incident page.
 *
 * @param publicUrl where people reach the bot's page from outside, such as {@code
 *     https://aiir.example.com}, without a trailing slash; the digest and the report link to its
 *     {@code /incidents}. Empty: no link is given.
 */
public record InsightSettings(Optional<String> publicUrl) {
  public InsightSettings {
    Objects.requireNonNull(publicUrl, "publicUrl");
    publicUrl =
        publicUrl.map(String::strip).map(u -> u.replaceAll("/+$", "")).filter(u -> !u.isEmpty());
  }

  public static InsightSettings none() {
    return new InsightSettings(Optional.empty());
  }

  /** The page's address for one workspace's incidents, when a public URL is configured. */
  public Optional<String> pageFor(String tenant) {
    return publicUrl.map(
        base ->
            base
                + "/incidents?tenant="
                + java.net.URLEncoder.encode(tenant, java.nio.charset.StandardCharsets.UTF_8));
  }
}
