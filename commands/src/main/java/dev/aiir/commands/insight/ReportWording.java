package dev.aiir.commands.insight;

import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ReportFilter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words every rendering of a report shares: its period, its filters, what was left out. */
public final class ReportWording {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ZONE_NAME =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private ReportWording() {}

  /** {@code 2026-01-01 to 2026-01-31 (Europe/Berlin)}: both ends included, in the team's zone. */
  public static String period(ReportFilter filter, ZoneId zone) {
    return from(filter.since(), zone) + " to " + to(filter.until(), zone) + " (" + zone + ")";
  }

  /** {@code 2026-03-05 09:00 CET}. */
  public static String time(Instant at, ZoneId zone) {
    return DATE_TIME.format(at.atZone(zone)) + " " + shortZone(at, zone);
  }

  /** The filters besides the period, such as {@code severity SEV-1, SEV-2; model assistant}. */
  public static String filters(ReportFilter filter) {
    List<String> parts = new ArrayList<>();
    if (!filter.severities().isEmpty()) {
      parts.add(
          "severity "
              + filter.severities().stream()
                  .sorted()
                  .map(Severity::label)
                  .collect(Collectors.joining(", ")));
    }
    filter.model().ifPresent(m -> parts.add("model " + m));
    filter.tenant().ifPresent(t -> parts.add("workspace " + t));
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  /**
   * What each metric left out, such as {@code MTTA: 2 never acknowledged. MTTR: 1 still open.};
   * empty when every incident was measured.
   */
  public static String excluded(Map<Metric, Figure> figures, int mitigatedOnlyByResolution) {
    List<String> parts = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      int excluded = figures.get(metric).excluded();
      if (excluded > 0) {
        parts.add(metric.label() + ": " + excluded + " " + metric.excludedWhen() + ".");
      }
    }
    if (mitigatedOnlyByResolution > 0) {
      parts.add(
          "MTTM of "
              + mitigatedOnlyByResolution
              + (mitigatedOnlyByResolution == 1 ? " incident ends" : " incidents end")
              + " at resolution (no rollback before it).");
    }
    return String.join(" ", parts);
  }

  /** How each figure is defined, one sentence each. */
  public static List<String> definitions() {
    List<String> lines = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      lines.add(
          metric.label()
              + " ("
              + metric.title()
              + "): "
              + metric.definition()
              + "; incidents "
              + metric.excludedWhen()
              + " are left out and counted.");
    }
    lines.add(
        "Detection is the incident's earliest known alert (declare --detected), else its"
            + " declaration. Severity is the incident's current one.");
    lines.add(
        "Median: the middle value, or the mean of the two middle ones. p90: nearest rank, the"
            + " value of rank ⌈0.9 × n⌉ in ascending order.");
    lines.add(
        "Weeks run Monday to Sunday in the team's zone; an incident counts in the week of its"
            + " detection.");
    return lines;
  }

  private static String from(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? DATE.format(local)
        : DATE_TIME.format(local);
  }

  /** An end at midnight reads as the day before it, which the report covers whole. */
  private static String to(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? DATE.format(local.minusDays(1))
        : DATE_TIME.format(local);
  }

  private static String shortZone(Instant at, ZoneId zone) {
    return ZONE_NAME.format(at.atZone(zone));
  }
}
