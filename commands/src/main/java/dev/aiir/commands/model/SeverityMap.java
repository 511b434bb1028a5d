package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How an alert's label becomes an incident's severity: the value of {@code label} (such as {@code
 * severity: critical}) looked up in {@code levels}, case aside; a value that is itself a severity
 * ({@code 1}, {@code SEV-1}, {@code sev1}) is taken as it is; anything else is {@code fallback}.
 */
public record SeverityMap(String label, Map<String, Severity> levels, Severity fallback) {
  public static final String LABEL = "severity";

  public SeverityMap {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(fallback, "fallback");
    Map<String, Severity> lower = new TreeMap<>();
    levels.forEach((value, level) -> lower.put(value.toLowerCase(Locale.ROOT), level));
    levels = java.util.Collections.unmodifiableMap(lower);
  }

  /**
   * The usual words of Prometheus and Grafana rules: critical SEV-1, error and high SEV-2, warning
   * SEV-3, info SEV-4; anything else SEV-3, the default of a typed declare.
   */
  public static SeverityMap standard() {
    return new SeverityMap(
        LABEL,
        Map.of(
            "critical", Severity.SEV1,
            "page", Severity.SEV1,
            "error", Severity.SEV2,
            "high", Severity.SEV2,
            "warning", Severity.SEV3,
            "medium", Severity.SEV3,
            "info", Severity.SEV4,
            "low", Severity.SEV4),
        Severity.SEV3);
  }

  public Severity of(Map<String, String> labels) {
    String value = labels.get(label);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Severity mapped = levels.get(value.strip().toLowerCase(Locale.ROOT));
    return mapped != null ? mapped : Severity.parse(value).orElse(fallback);
  }
}
