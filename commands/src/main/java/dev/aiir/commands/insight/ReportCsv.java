package dev.aiir.commands.insight;

import dev.aiir.commands.port.IncidentFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's incidents as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), one row per incident with its times in
 * the team's zone and its three durations in seconds, for a spreadsheet to pivot. A field that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * written after an apostrophe, so a title cannot run anything.
 */
public final class ReportCsv {
  static final List<String> HEADER =
      List.of(
          "workspace",
          "id",
          "title",
          "severity",
          "state",
          "model",
          "detected_at",
          "acknowledged_at",
          "mitigated_at",
          "resolved_at",
          "seconds_to_acknowledge",
          "seconds_to_mitigate",
          "seconds_to_resolve",
          "pir",
          "pir_due_at",
          "week_of");
  private static final String EOL = "\r\n";

  private ReportCsv() {}

  public static String render(InsightReport report) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER);
    for (IncidentFacts incident : report.incidents()) {
      line(csv, row(incident, report.zone(), report.generatedAt()));
    }
    return csv.toString();
  }

  private static List<String> row(IncidentFacts i, ZoneId zone, Instant now) {
    List<String> row = new ArrayList<>();
    row.add(i.tenant().toString());
    row.add(i.id().value());
    row.add(i.title());
    row.add(i.severity().label());
    row.add(i.state().label());
    row.add(i.model() == null ? "" : i.model());
    row.add(time(Optional.of(i.detectedAt()), zone));
    for (Metric metric : Metric.values()) {
      row.add(time(metric.end(i), zone));
    }
    for (Metric metric : Metric.values()) {
      row.add(metric.of(i).map(ReportCsv::seconds).orElse(""));
    }
    row.add(pir(i, now));
    row.add(time(Optional.ofNullable(i.pirDueAt()), zone));
    row.add(Weeks.mondayOf(i.detectedAt(), zone).toString());
    return row;
  }

  /** {@code done}, {@code due}, {@code overdue}, or {@code not due} while the incident is open. */
  static String pir(IncidentFacts i, Instant now) {
    if (i.pirDone()) {
      return "done";
    }
    if (i.resolvedAt() == null || i.pirDueAt() == null) {
      return "not due";
    }
    return i.pirDueAt().isAfter(now) ? "due" : "overdue";
  }

  private static String seconds(Duration duration) {
    return Elapsed.seconds(duration).toPlainString();
  }

  private static String time(Optional<Instant> at, ZoneId zone) {
    return at.map(a -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.atZone(zone))).orElse("");
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(f)));
    }
    csv.append(EOL);
  }

  /** One field, made inert for spreadsheets and quoted when it must be. */
  static String field(String value) {
    String inert =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        inert.indexOf(',') >= 0
            || inert.indexOf('"') >= 0
            || inert.indexOf('\n') >= 0
            || inert.indexOf('\r') >= 0;
    return quote ? '"' + inert.replace("\"", "\"\"") + '"' : inert;
  }
}
