package dev.aiir.bot.page;

import static dev.aiir.bot.page.Html.esc;

import dev.aiir.commands.insight.ActionSummary;
import dev.aiir.commands.insight.Elapsed;
import dev.aiir.commands.insight.Figure;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.insight.Metric;
import dev.aiir.commands.insight.PirStatus;
import dev.aiir.commands.insight.ReportWording;
import dev.aiir.commands.insight.Tally;
import dev.aiir.commands.insight.WeekRow;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * The report in HTML: the summary table, the two charts, models, reviews, action items, repeat
 * offenders, weeks and the definitions. {@link #document} makes it one self-contained file (the
 * CLI's {@code --format html}); the page puts the same sections under its filters.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** The report as a whole HTML file: readable offline, printable, nothing fetched, no script. */
  public static String document(InsightReport report) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Incident report</h1>");
    heading(body, report);
    sections(body, report);
    body.append("<h2>Incidents</h2>");
    IncidentTable.render(body, report, IncidentTable.Links.NONE);
    return PageDocument.file(
        "Incident report " + ReportWording.period(report.filter(), report.zone()), body.toString());
  }

  static void heading(StringBuilder out, InsightReport r) {
    out.append("<p>")
        .append(esc(ReportWording.period(r.filter(), r.zone())))
        .append(". Generated ")
        .append(esc(ReportWording.time(r.generatedAt(), r.zone())))
        .append(". Filters: ")
        .append(esc(ReportWording.filters(r.filter())))
        .append(".</p>");
  }

  static void sections(StringBuilder out, InsightReport r) {
    summary(out, r);
    out.append("<h2>Incidents per week by severity</h2>")
        .append(Charts.incidentsPerWeek(r.weeks()));
    out.append("<h2>MTTR per week (median)</h2>").append(Charts.mttrPerWeek(r.weeks()));
    counts(out, "By model", "model", r.byModel());
    pirs(out, r.pirs());
    actions(out, r.actions());
    repeats(out, r);
    weeks(out, r.weeks());
    out.append("<h2>Definitions</h2><ul>");
    ReportWording.definitions().forEach(d -> out.append("<li>").append(esc(d)).append("</li>"));
    out.append("</ul>");
  }

  private static void summary(StringBuilder out, InsightReport r) {
    out.append("<h2>Incidents: ").append(r.total()).append("</h2>");
    out.append("<table><thead><tr><th>severity</th><th class=\"n\">incidents</th>");
    for (Metric metric : Metric.values()) {
      out.append("<th class=\"n\">")
          .append(metric.label())
          .append(" median</th><th class=\"n\">")
          .append(metric.label())
          .append(" p90</th>");
    }
    out.append("</tr></thead><tbody>");
    for (Severity severity : Severity.values()) {
      figureRow(out, severity.label(), r.bySeverity().get(severity), r.figures().get(severity));
    }
    figureRow(out, "all", r.total(), r.overall());
    out.append("</tbody></table>");
    String excluded = ReportWording.excluded(r.overall(), r.mitigatedOnlyByResolution());
    if (!excluded.isEmpty()) {
      out.append("<p class=\"note\">Left out: ").append(esc(excluded)).append("</p>");
    }
  }

  private static void figureRow(
      StringBuilder out, String label, int count, Map<Metric, Figure> figures) {
    out.append("<tr><th>")
        .append(esc(label))
        .append("</th><td class=\"n\">")
        .append(count)
        .append("</td>");
    for (Metric metric : Metric.values()) {
      Figure f = figures.get(metric);
      out.append("<td class=\"n\">")
          .append(esc(Elapsed.compact(f.median())))
          .append("</td><td class=\"n\">")
          .append(esc(Elapsed.compact(f.p90())))
          .append("</td>");
    }
    out.append("</tr>");
  }

  private static void counts(StringBuilder out, String title, String what, List<Tally> tallies) {
    out.append("<h2>").append(esc(title)).append("</h2>");
    if (tallies.isEmpty()) {
      out.append("<p class=\"muted\">None.</p>");
      return;
    }
    out.append("<table><thead><tr><th>")
        .append(esc(what))
        .append("</th><th class=\"n\">count</th></tr></thead><tbody>");
    tallies.forEach(
        t ->
            out.append("<tr><td>")
                .append(esc(t.key()))
                .append("</td><td class=\"n\">")
                .append(t.count())
                .append("</td></tr>"));
    out.append("</tbody></table>");
  }

  private static void pirs(StringBuilder out, PirStatus pirs) {
    out.append("<h2>Post-incident reviews</h2><p>Done: ")
        .append(pirs.done())
        .append(" · Due: ")
        .append(pirs.due())
        .append(" · Overdue: ")
        .append(pirs.overdue());
    if (!pirs.overdueIncidents().isEmpty()) {
      out.append(" (").append(esc(String.join(", ", pirs.overdueIncidents()))).append(')');
    }
    out.append("</p>");
  }

  private static void actions(StringBuilder out, ActionSummary actions) {
    out.append("<h2>Open action items: ").append(actions.open()).append("</h2>");
    if (actions.open() == 0) {
      return;
    }
    out.append("<table><thead><tr><th>priority</th><th class=\"n\">open</th></tr></thead><tbody>");
    for (Priority priority : Priority.values()) {
      out.append("<tr><td>")
          .append(priority)
          .append("</td><td class=\"n\">")
          .append(actions.byPriority().get(priority))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
    counts(out, "Open action items by owner", "owner", actions.byOwner());
  }

  private static void repeats(StringBuilder out, InsightReport r) {
    out.append("<h2>Repeat offenders</h2>");
    repeatList(out, "Models with two incidents or more", r.repeatModels());
    repeatList(out, "Root-cause words in two incidents or more", r.repeatCauseWords());
  }

  private static void repeatList(StringBuilder out, String title, List<Tally> groups) {
    out.append("<p>").append(esc(title)).append(':');
    if (groups.isEmpty()) {
      out.append(" none.</p>");
      return;
    }
    out.append("</p><ul>");
    groups.forEach(
        t ->
            out.append("<li>")
                .append(esc(t.key()))
                .append(" (")
                .append(t.count())
                .append("): ")
                .append(esc(String.join(", ", t.incidents())))
                .append("</li>"));
    out.append("</ul>");
  }

  private static void weeks(StringBuilder out, List<WeekRow> weeks) {
    out.append("<h2>Weeks</h2><table><thead><tr><th>week of</th>");
    for (Severity severity : Severity.values()) {
      out.append("<th class=\"n\">").append(severity.label()).append("</th>");
    }
    out.append("<th class=\"n\">total</th><th class=\"n\">MTTR median</th></tr></thead><tbody>");
    for (WeekRow week : weeks) {
      out.append("<tr><td>").append(week.monday()).append("</td>");
      for (Severity severity : Severity.values()) {
        out.append("<td class=\"n\">").append(week.bySeverity().get(severity)).append("</td>");
      }
      out.append("<td class=\"n\">")
          .append(week.total())
          .append("</td><td class=\"n\">")
          .append(esc(Elapsed.compact(week.mttr())))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
  }
}
