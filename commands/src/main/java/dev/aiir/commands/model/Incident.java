package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The incident's current record. Immutable: a change makes a new value, which the store saves
 * beside the timeline entry that explains it.
 *
 * <p>One rule for what may be missing: the fields every incident has from its declaration are never
 * null; the others are null until they are known, each named below, and read through {@code
 * Optional} where a caller must choose what to do without them ({@link #commander()}, {@link
 * #holder}).
 *
 * @param channelId the channel bound to the incident, where commands act on it without --id; null
 *     when it was declared where no channel could be bound (a direct message)
 * @param model the affected model as NAME@VERSION; null when none was named
 * @param detectedAt the earliest known alert; the declaration time when none was given
 * @param resolvedAt when it was resolved; null while open
 * @param pirDueAt when its PIR is due; null until it is resolved
 * @param rootCause the stated root cause; null until {@code rootcause}
 * @param impact the stated impact; null until {@code impact}
 * @param resolutionSummary what {@code resolve} said; null until resolved, or when it said nothing
 * @param pirLink the finished review's link; null until {@code pir done}
 */
public record Incident(
    Tenant tenant,
    IncidentId id,
    String title,
    Severity severity,
    IncidentState state,
    String channelId,
    String model,
    Map<Role, UserRef> roles,
    Instant declaredAt,
    Instant detectedAt,
    Instant resolvedAt,
    Instant pirDueAt,
    String rootCause,
    String impact,
    String resolutionSummary,
    String pirLink) {

  public Incident {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(declaredAt, "declaredAt");
    Objects.requireNonNull(detectedAt, "detectedAt");
    roles = roles.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(roles));
  }

  /** A newly declared incident: investigating, its declarer as commander. */
  public static Incident declared(
      Tenant tenant,
      IncidentId id,
      String title,
      Severity severity,
      String channelId,
      String model,
      UserRef commander,
      Instant declaredAt,
      Instant detectedAt) {
    return new Incident(
        tenant,
        id,
        title,
        severity,
        IncidentState.INVESTIGATING,
        channelId,
        model,
        Map.of(Role.COMMANDER, commander),
        declaredAt,
        detectedAt,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public Optional<UserRef> holder(Role role) {
    return Optional.ofNullable(roles.get(role));
  }

  public Optional<UserRef> commander() {
    return holder(Role.COMMANDER);
  }

  /** Detection to resolution, or to {@code now} while the incident is open. */
  public Duration duration(Instant now) {
    Instant end = resolvedAt != null ? resolvedAt : now;
    return Duration.between(detectedAt, end).isNegative()
        ? Duration.ZERO
        : Duration.between(detectedAt, end);
  }

  public Incident withSeverity(Severity value) {
    return toBuilder().severity(value).build();
  }

  public Incident withState(IncidentState value) {
    return toBuilder().state(value).build();
  }

  public Incident withRole(Role role, UserRef user) {
    Map<Role, UserRef> next = new EnumMap<>(Role.class);
    next.putAll(roles);
    next.put(role, user);
    return toBuilder().roles(next).build();
  }

  public Incident withRootCause(String value) {
    return toBuilder().rootCause(value).build();
  }

  public Incident withImpact(String value) {
    return toBuilder().impact(value).build();
  }

  public Incident resolved(Instant at, Instant pirDue, String summary) {
    return toBuilder()
        .state(IncidentState.RESOLVED)
        .resolvedAt(at)
        .pirDueAt(pirDue)
        .resolutionSummary(summary)
        .build();
  }

  public Incident withPirLink(String value) {
    return toBuilder().pirLink(value).build();
  }

  public IncidentBuilder toBuilder() {
    return new IncidentBuilder(this);
  }
}
