package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Severity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which incidents a report covers: those detected in {@code [since, until)}, of the given
 * severities (every one when empty), of one model (its name, any version, or exactly NAME@VERSION)
 * and of one tenant (every tenant when empty).
 */
public record ReportFilter(
    Instant since,
    Instant until,
    Set<Severity> severities,
    Optional<String> model,
    Optional<Tenant> tenant) {

  public ReportFilter {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(tenant, "tenant");
    if (until.isBefore(since)) {
      throw new IllegalArgumentException("a report cannot end before it starts");
    }
    severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
    model = model.map(String::strip).filter(m -> !m.isEmpty());
  }

  /** Every incident of every tenant detected in {@code [since, until)}. */
  public static ReportFilter between(Instant since, Instant until) {
    return new ReportFilter(since, until, Set.of(), Optional.empty(), Optional.empty());
  }

  public ReportFilter forTenant(Tenant value) {
    return new ReportFilter(since, until, severities, model, Optional.of(value));
  }

  /** The same filter over every tenant. */
  public ReportFilter withoutTenant() {
    return new ReportFilter(since, until, severities, model, Optional.empty());
  }

  public ReportFilter withSeverities(Set<Severity> value) {
    return new ReportFilter(since, until, value, model, tenant);
  }

  public ReportFilter withModel(Optional<String> value) {
    return new ReportFilter(since, until, severities, value, tenant);
  }

  /** Whether an incident of this severity and model is in the report (the store filters alike). */
  public boolean admits(Severity severity, String incidentModel) {
    return (severities.isEmpty() || severities.contains(severity))
        && model.map(m -> matchesModel(m, incidentModel)).orElse(true);
  }

  /** {@code assistant} matches {@code assistant} and {@code assistant@v3}; NAME@VERSION itself. */
  public static boolean matchesModel(String wanted, String model) {
    return model != null && (model.equals(wanted) || model.startsWith(wanted + "@"));
  }
}
