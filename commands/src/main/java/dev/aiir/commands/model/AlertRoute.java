package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where alerts that match go and what they do there: the workspace (tenant) and channel, whether
 * they declare an incident at once or offer a Declare button, how their labels give a severity,
 * whether one incident stands for a whole Alertmanager group, and whether the alert's resolution
 * resolves the incident.
 *
 * @param name how logs and errors name it ({@code routes[2]} unless the configuration names it)
 * @param matchers every one must hold of the alert's labels; none matches every alert
 * @param channelId where the incident card, or the offer, is posted (and the incident bound when
 *     the channel is free)
 * @param group one incident per Alertmanager group ({@code groupKey}) instead of one per alert
 * @param autoResolve whether the alert resolving resolves its incident; otherwise the commander is
 *     asked
 * @param commander who commands an incident the route declares; without one, the first to {@code
 *     ack} it takes command
 */
public record AlertRoute(
    String name,
    List<LabelMatcher> matchers,
    Tenant tenant,
    String channelId,
    Mode mode,
    SeverityMap severities,
    boolean group,
    boolean autoResolve,
    Optional<UserRef> commander) {

  /** Declare at once, or post the alert with a Declare button for a person to decide. */
  public enum Mode {
    DECLARE,
    OFFER
  }

  public AlertRoute {
    Objects.requireNonNull(name, "name");
    matchers = List.copyOf(matchers);
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(severities, "severities");
    Objects.requireNonNull(commander, "commander");
  }

  /** Whether every matcher holds of these labels. */
  public boolean matches(Map<String, String> labels) {
    return matchers.stream().allMatch(m -> m.matches(labels));
  }
}
