package dev.aiir.bot.page;

import static dev.aiir.bot.page.Html.esc;

import dev.aiir.commands.insight.Elapsed;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.insight.Metric;
import dev.aiir.commands.insight.ReportWording;
import dev.aiir.commands.port.IncidentFacts;
import java.util.List;
import java.util.Map;

/**
 * The report's incidents as a table, newest first, each with its workspace, its times to
 * acknowledge, mitigate and resolve, and its review's state. At most {@link #MOST} rows: the CSV
 * has them all.
 */
final class IncidentTable {
  static final int MOST = 500;

  /** Whether ids link to the incident's own page (served) or not (a saved file). */
  enum Links {
    NONE,
    PAGE
  }

  private IncidentTable() {}

  static void render(StringBuilder out, InsightReport r, Links links) {
    List<IncidentFacts> all = r.incidents();
    if (all.isEmpty()) {
      out.append("<p class=\"muted\">No incidents in this period.</p>");
      return;
    }
    if (all.size() > MOST) {
      out.append("<p class=\"note\">The newest ")
          .append(MOST)
          .append(" of ")
          .append(all.size())
          .append(" incidents; narrow the filters, or export the CSV for all of them.</p>");
    }
    out.append("<table><thead><tr><th>workspace</th><th>id</th><th>title</th><th>severity</th>")
        .append("<th>state</th><th>model</th><th>detected</th><th class=\"n\">to acknowledge</th>")
        .append("<th class=\"n\">to mitigate</th><th class=\"n\">to resolve</th><th>PIR</th>")
        .append("</tr></thead><tbody>");
    for (int i = all.size() - 1; i >= Math.max(0, all.size() - MOST); i--) {
      row(out, r, all.get(i), links);
    }
    out.append("</tbody></table>");
  }

  private static void row(StringBuilder out, InsightReport r, IncidentFacts i, Links links) {
    out.append("<tr><td>").append(esc(i.tenant().toString())).append("</td><td>");
    if (links == Links.PAGE) {
      out.append("<a href=\"")
          .append(esc(link(i)))
          .append("\">")
          .append(esc(i.id().value()))
          .append("</a>");
    } else {
      out.append(esc(i.id().value()));
    }
    out.append("</td><td>")
        .append(esc(i.title()))
        .append("</td><td>")
        .append(esc(i.severity().label()))
        .append("</td><td>")
        .append(esc(i.state().label()))
        .append("</td><td>")
        .append(esc(i.model() == null ? "" : i.model()))
        .append("</td><td>")
        .append(esc(ReportWording.time(i.detectedAt(), r.zone())))
        .append("</td>");
    for (Metric metric : Metric.values()) {
      out.append("<td class=\"n\">").append(esc(Elapsed.compact(metric.of(i)))).append("</td>");
    }
    out.append("<td>").append(esc(pir(i, r))).append("</td></tr>");
  }

  /** The incident's page: its id in the path, its workspace in the query. */
  static String link(IncidentFacts i) {
    return "/incidents/"
        + Html.encode(i.id().value())
        + "?"
        + Html.query(Map.of("tenant", i.tenant().toString()));
  }

  private static String pir(IncidentFacts i, InsightReport r) {
    if (i.pirDone()) {
      return "done";
    }
    if (i.resolvedAt() == null || i.pirDueAt() == null) {
      return "";
    }
    return (i.pirDueAt().isAfter(r.generatedAt()) ? "due " : "overdue since ")
        + ReportWording.time(i.pirDueAt(), r.zone());
  }
}
