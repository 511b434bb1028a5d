package dev.aiir.commands.alert;

import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertSource;
import java.util.List;
import java.util.Objects;

/**
 * One notification from a source: the alerts it carries, and what it says about them as a group.
 *
 * @param groupKey Alertmanager's (and Grafana's) id of the group the alerts were sent as; null for
 *     the generic webhook
 * @param truncated how many alerts of the group the source left out of this notification
 *     (Alertmanager's {@code truncatedAlerts}, after its {@code max_alerts})
 * @param externalUrl the sending Alertmanager or Grafana, where the left-out alerts can be seen;
 *     null when not given
 */
public record AlertBatch(
    AlertSource source, String groupKey, List<Alert> alerts, int truncated, String externalUrl) {
  public AlertBatch {
    Objects.requireNonNull(source, "source");
    alerts = List.copyOf(alerts);
    if (truncated < 0) {
      throw new IllegalArgumentException("truncated alerts cannot be negative");
    }
  }
}
