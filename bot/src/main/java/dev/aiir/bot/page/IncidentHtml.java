package dev.aiir.bot.page;

import static dev.aiir.bot.page.Html.esc;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.insight.Elapsed;
import dev.aiir.commands.insight.IncidentView;
import dev.aiir.commands.insight.Metric;
import dev.aiir.commands.insight.ReportWording;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /incidents/{id}}: one incident's record, its three times, its timeline, its action
 * items and the PIR draft made from the record alone.
 */
final class IncidentHtml {
  private IncidentHtml() {}

  static String page(IncidentView view, ZoneId zone) {
    Incident incident = view.file().incident();
    StringBuilder out = new StringBuilder();
    out.append("<h1>")
        .append(esc(incident.id().value()))
        .append(": ")
        .append(esc(incident.title()))
        .append("</h1><table><tbody>");
    field(out, "Workspace", incident.tenant().toString());
    field(out, "Severity", incident.severity().label());
    field(out, "State", incident.state().label());
    field(out, "Model", incident.model() == null ? "" : incident.model());
    field(out, "Detected", time(incident.detectedAt(), zone));
    field(out, "Declared", time(incident.declaredAt(), zone));
    field(out, "Resolved", time(incident.resolvedAt(), zone));
    for (Role role : Role.values()) {
      field(out, role.label(), incident.holder(role).map(UserRef::handle).orElse(""));
    }
    for (Metric metric : Metric.values()) {
      field(
          out,
          metric.label() + " (" + metric.title() + ")",
          metric
              .of(view.facts())
              .map(Elapsed::compact)
              .orElse(Elapsed.NONE + " (" + metric.excludedWhen() + ")"));
    }
    field(out, "Root cause", incident.rootCause() == null ? "" : incident.rootCause());
    field(out, "Impact", incident.impact() == null ? "" : incident.impact());
    field(out, "PIR due", time(incident.pirDueAt(), zone));
    field(out, "PIR", incident.pirLink() == null ? "" : incident.pirLink());
    out.append("</tbody></table>");
    timeline(out, view.file().timeline(), zone);
    actions(out, view.file().actions(), zone);
    out.append("<h2>PIR draft (from the record)</h2>")
        .append("<p class=\"note\">Made from the recorded timeline only: the channel's history is")
        .append(" not read for a page view. <code>/incident pir draft</code> adds it.</p><pre>")
        .append(esc(view.pirDraft()))
        .append("</pre>");
    return PageDocument.served(incident.id().value() + ": " + incident.title(), out.toString());
  }

  /** Several workspaces have an incident of that id: the reader picks one. */
  static String choose(String id, List<Tenant> tenants) {
    StringBuilder out = new StringBuilder("<h1>").append(esc(id)).append("</h1><p>In:</p><ul>");
    for (Tenant tenant : tenants) {
      out.append("<li><a href=\"/incidents/")
          .append(esc(Html.encode(id)))
          .append('?')
          .append(esc(Html.query(Map.of("tenant", tenant.toString()))))
          .append("\">")
          .append(esc(tenant.toString()))
          .append("</a></li>");
    }
    return PageDocument.served(id, out.append("</ul>").toString());
  }

  static String notFound(String what) {
    return PageDocument.served("Not found", "<h1>Not found</h1><p>" + esc(what) + "</p>");
  }

  private static void timeline(StringBuilder out, List<TimelineEntry> entries, ZoneId zone) {
    out.append("<h2>Timeline</h2><table><thead><tr><th>time</th><th>who</th><th>what</th>")
        .append("<th>kind</th><th>source</th></tr></thead><tbody>");
    for (TimelineEntry entry : entries) {
      out.append("<tr><td>")
          .append(esc(time(entry.at(), zone)))
          .append("</td><td>")
          .append(esc(entry.author().handle()))
          .append("</td><td>")
          .append(esc(entry.text()))
          .append("</td><td>")
          .append(esc(entry.kind().key()))
          .append("</td><td>")
          .append(esc(entry.source().key()))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
  }

  private static void actions(StringBuilder out, List<ActionItem> items, ZoneId zone) {
    out.append("<h2>Action items</h2>");
    if (items.isEmpty()) {
      out.append("<p class=\"muted\">None.</p>");
      return;
    }
    out.append("<table><thead><tr><th class=\"n\">#</th><th>priority</th><th>item</th>")
        .append("<th>owner</th><th>done</th></tr></thead><tbody>");
    for (ActionItem item : items) {
      out.append("<tr><td class=\"n\">")
          .append(item.number())
          .append("</td><td>")
          .append(item.priority())
          .append("</td><td>")
          .append(esc(item.text()))
          .append("</td><td>")
          .append(esc(item.owner() == null ? "" : item.owner().handle()))
          .append("</td><td>")
          .append(esc(item.isDone() ? "done " + time(item.doneAt(), zone) : ""))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
  }

  private static void field(StringBuilder out, String label, String value) {
    out.append("<tr><th>")
        .append(esc(label))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static String time(Instant at, ZoneId zone) {
    return at == null ? "" : ReportWording.time(at, zone);
  }
}
