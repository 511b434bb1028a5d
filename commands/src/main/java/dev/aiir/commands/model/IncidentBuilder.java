package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.time.Instant;
import java.util.Map;

/** Copies an incident with some fields changed; the store uses it to rebuild rows too. */
public final class IncidentBuilder {
  private Tenant tenant;
  private IncidentId id;
  private String title;
  private Severity severity;
  private IncidentState state;
  private String channelId;
  private String model;
  private Map<Role, UserRef> roles = Map.of();
  private Instant declaredAt;
  private Instant detectedAt;
  private Instant resolvedAt;
  private Instant pirDueAt;
  private String rootCause;
  private String impact;
  private String resolutionSummary;
  private String pirLink;

  public IncidentBuilder() {}

  IncidentBuilder(Incident from) {
    tenant = from.tenant();
    id = from.id();
    title = from.title();
    severity = from.severity();
    state = from.state();
    channelId = from.channelId();
    model = from.model();
    roles = from.roles();
    declaredAt = from.declaredAt();
    detectedAt = from.detectedAt();
    resolvedAt = from.resolvedAt();
    pirDueAt = from.pirDueAt();
    rootCause = from.rootCause();
    impact = from.impact();
    resolutionSummary = from.resolutionSummary();
    pirLink = from.pirLink();
  }

  public IncidentBuilder tenant(Tenant value) {
    tenant = value;
    return this;
  }

  public IncidentBuilder id(IncidentId value) {
    id = value;
    return this;
  }

  public IncidentBuilder title(String value) {
    title = value;
    return this;
  }

  public IncidentBuilder severity(Severity value) {
    severity = value;
    return this;
  }

  public IncidentBuilder state(IncidentState value) {
    state = value;
    return this;
  }

  public IncidentBuilder channelId(String value) {
    channelId = value;
    return this;
  }

  public IncidentBuilder model(String value) {
    model = value;
    return this;
  }

  public IncidentBuilder roles(Map<Role, UserRef> value) {
    roles = value;
    return this;
  }

  public IncidentBuilder declaredAt(Instant value) {
    declaredAt = value;
    return this;
  }

  public IncidentBuilder detectedAt(Instant value) {
    detectedAt = value;
    return this;
  }

  public IncidentBuilder resolvedAt(Instant value) {
    resolvedAt = value;
    return this;
  }

  public IncidentBuilder pirDueAt(Instant value) {
    pirDueAt = value;
    return this;
  }

  public IncidentBuilder rootCause(String value) {
    rootCause = value;
    return this;
  }

  public IncidentBuilder impact(String value) {
    impact = value;
    return this;
  }

  public IncidentBuilder resolutionSummary(String value) {
    resolutionSummary = value;
    return this;
  }

  public IncidentBuilder pirLink(String value) {
    pirLink = value;
    return this;
  }

  public Incident build() {
    return new Incident(
        tenant,
        id,
        title,
        severity,
        state,
        channelId,
        model,
        roles,
        declaredAt,
        detectedAt,
        resolvedAt,
        pirDueAt,
        rootCause,
        impact,
        resolutionSummary,
        pirLink);
  }
}
