package dev.aiir.commands.testing;

import dev.aiir.commands.alert.AlertBatch;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertSource;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.LabelMatcher;
import dev.aiir.commands.model.SeverityMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts and routes for tests: an assistant's error-rate alert, as Alertmanager would send it. */
public final class AlertSamples {
  public static final String ALERTS_CHANNEL = "C0ALERTS";

  private AlertSamples() {}

  public static Alert firing(String fingerprint, Instant startsAt) {
    return new Alert(
        AlertSource.ALERTMANAGER,
        fingerprint,
        AlertStatus.FIRING,
        "Assistant error rate above 5%",
        Map.of(
            "alertname", "AssistantErrorRate",
            "service", "assistant",
            "severity", "critical",
            "team", "ml-serving"),
        Map.of(
            "summary", "Assistant error rate above 5%",
            "runbook_url", "https://runbooks.example.com/assistant-errors"),
        startsAt,
        null,
        "http://prometheus.example.com:9090/graph?g0.expr=assistant_errors",
        Map.of());
  }

  public static Alert resolved(Alert alert, Instant endsAt) {
    return new Alert(
        alert.source(),
        alert.fingerprint(),
        AlertStatus.RESOLVED,
        alert.title(),
        alert.labels(),
        alert.annotations(),
        alert.startsAt(),
        endsAt,
        alert.generatorUrl(),
        alert.links());
  }

  public static Alert withLabels(Alert alert, Map<String, String> labels) {
    return new Alert(
        alert.source(),
        alert.fingerprint(),
        alert.status(),
        alert.title(),
        labels,
        alert.annotations(),
        alert.startsAt(),
        alert.endsAt(),
        alert.generatorUrl(),
        alert.links());
  }

  /** A notification of Alertmanager's group {@code group} carrying these alerts. */
  public static AlertBatch batch(String group, Alert... alerts) {
    return new AlertBatch(AlertSource.ALERTMANAGER, group, List.of(alerts), 0, null);
  }

  /** Every alert declares an incident in {@code tenant}'s alerts channel. */
  public static AlertRoute declaring(Tenant tenant) {
    return route(tenant, AlertRoute.Mode.DECLARE, false, false, Optional.empty());
  }

  public static AlertRoute route(
      Tenant tenant,
      AlertRoute.Mode mode,
      boolean group,
      boolean autoResolve,
      Optional<UserRef> commander) {
    return new AlertRoute(
        "routes[1]",
        List.of(LabelMatcher.equal("service", "assistant")),
        tenant,
        ALERTS_CHANNEL,
        mode,
        SeverityMap.standard(),
        group,
        autoResolve,
        commander);
  }

  public static AlertRouting routing(AlertRoute... routes) {
    return new AlertRouting(List.of(routes), Optional.empty());
  }
}
