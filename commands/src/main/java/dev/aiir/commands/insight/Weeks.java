package dev.aiir.commands.insight;

import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.ReportFilter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weeks run Monday to Sunday in the team's zone (ISO weeks), so that a week's edges are its
 * midnights there, whatever the daylight-saving time; an incident belongs to the week of its
 * detection. A period's weeks are all those it touches, empty ones included.
 */
public final class Weeks {
  private Weeks() {}

  /** The Monday of the week that {@code at} falls in, in {@code zone}. */
  public static LocalDate mondayOf(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static List<WeekRow> of(ReportFilter filter, ZoneId zone, List<IncidentFacts> incidents) {
    Map<LocalDate, List<IncidentFacts>> byWeek = new TreeMap<>();
    LocalDate first = mondayOf(filter.since(), zone);
    LocalDate last =
        mondayOf(
            filter.until().minusMillis(1).isBefore(filter.since())
                ? filter.since()
                : filter.until().minusMillis(1),
            zone);
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      byWeek.put(monday, new ArrayList<>());
    }
    for (IncidentFacts incident : incidents) {
      byWeek
          .computeIfAbsent(mondayOf(incident.detectedAt(), zone), m -> new ArrayList<>())
          .add(incident);
    }
    List<WeekRow> weeks = new ArrayList<>();
    byWeek.forEach((monday, week) -> weeks.add(row(monday, week)));
    return weeks;
  }

  static WeekRow row(LocalDate monday, List<IncidentFacts> week) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    List<Duration> resolved = new ArrayList<>();
    for (IncidentFacts incident : week) {
      counts.merge(incident.severity(), 1, Integer::sum);
      Metric.MTTR.of(incident).ifPresent(resolved::add);
    }
    resolved.sort(null);
    return new WeekRow(monday, counts, resolved.size(), Percentiles.median(resolved));
  }
}
