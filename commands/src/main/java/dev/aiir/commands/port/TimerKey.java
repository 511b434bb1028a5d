package dev.aiir.commands.port;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A timer's deterministic name: its tenant, the incident it is about (if any) and its purpose, such
 * as {@code slack:T1/AI-IR-2026-042/rollout/limited/min}. Scheduling the same key twice is
 * harmless, start-up can reconcile by key, and a fired timer is routed by its purpose.
 *
 * @param purpose lower-case segments separated by {@code /}; the first names the feature that
 *     handles the timer ({@code rollout}, {@code pir}, ...)
 */
public record TimerKey(Tenant tenant, Optional<IncidentId> incident, String purpose) {
  static final Pattern PURPOSE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
  private static final String NO_INCIDENT = "-";

  public TimerKey {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(purpose, "purpose");
    if (!isPurpose(purpose)) {
      throw new IllegalArgumentException("not a timer purpose: " + purpose);
    }
  }

  /**
   * Whether {@code purpose} matches {@link #PURPOSE}, checked without a regex (reconciliation
   * builds a key per expected timer): segments of {@code a-z}, {@code 0-9} and dashes, none empty,
   * separated by slashes.
   */
  static boolean isPurpose(String purpose) {
    boolean segmentEmpty = true;
    for (int i = 0; i < purpose.length(); i++) {
      char c = purpose.charAt(i);
      if (c == '/') {
        if (segmentEmpty) {
          return false;
        }
        segmentEmpty = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        segmentEmpty = false;
      } else {
        return false;
      }
    }
    return !segmentEmpty;
  }

  /**
   * The key of a timer about one incident, such as {@code of(t, id, "rollout", "canary", "min")}.
   */
  public static TimerKey of(Tenant tenant, IncidentId id, String... purpose) {
    return new TimerKey(tenant, Optional.of(id), String.join("/", purpose));
  }

  /** The key of a timer about the whole tenant, such as a daily digest. */
  public static TimerKey ofTenant(Tenant tenant, String... purpose) {
    return new TimerKey(tenant, Optional.empty(), String.join("/", purpose));
  }

  /** Reads a key back from its {@link #value()}; throws when it is not one. */
  public static TimerKey parse(String value) {
    String[] parts = value.split("/", 3);
    int colon = parts[0].indexOf(':');
    if (parts.length < 3 || colon < 0) {
      throw new IllegalArgumentException("not a timer key: " + value);
    }
    Platform platform = Platform.valueOf(parts[0].substring(0, colon).toUpperCase(Locale.ROOT));
    String workspace = URLDecoder.decode(parts[0].substring(colon + 1), StandardCharsets.UTF_8);
    Optional<IncidentId> incident =
        parts[1].equals(NO_INCIDENT) ? Optional.empty() : Optional.of(new IncidentId(parts[1]));
    return new TimerKey(new Tenant(platform, workspace), incident, parts[2]);
  }

  /** The feature that handles this timer: the purpose's first segment. */
  public String feature() {
    int slash = purpose.indexOf('/');
    return slash < 0 ? purpose : purpose.substring(0, slash);
  }

  /** The key as one string, which {@link #parse} reads back. */
  public String value() {
    // A workspace id is the platform's and could in principle hold a slash; encoded, it cannot.
    String workspace = encoded(tenant.workspaceId());
    return tenant.platform().key()
        + ":"
        + workspace
        + "/"
        + incident.map(IncidentId::value).orElse(NO_INCIDENT)
        + "/"
        + purpose;
  }

  /** URL-encoded, without the encoder for the usual ids, which it would leave as they are. */
  private static String encoded(String workspace) {
    for (int i = 0; i < workspace.length(); i++) {
      char c = workspace.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_'
              || c == '*';
      if (!plain) {
        return URLEncoder.encode(workspace, StandardCharsets.UTF_8);
      }
    }
    return workspace;
  }

  @Override
  public String toString() {
    return value();
  }
}
