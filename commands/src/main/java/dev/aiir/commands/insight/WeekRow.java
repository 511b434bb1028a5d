package dev.aiir.commands.insight;

import dev.aiir.commands.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One week of a report, Monday to Sunday in the team's zone: the incidents detected in it by
 * severity, and the median time to resolve of those of them resolved.
 */
public record WeekRow(
    LocalDate monday, Map<Severity, Integer> bySeverity, int resolved, Optional<Duration> mttr) {
  public WeekRow {
    Objects.requireNonNull(monday, "monday");
    Map<Severity, Integer> all = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      all.put(severity, bySeverity.getOrDefault(severity, 0));
    }
    bySeverity = java.util.Collections.unmodifiableMap(all);
    Objects.requireNonNull(mttr, "mttr");
  }

  public int total() {
    return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
  }
}
