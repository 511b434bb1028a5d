package dev.aiir.bot.page;

import static dev.aiir.bot.page.Html.esc;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.model.Severity;
import java.util.List;
import java.util.Set;

/** {@code GET /incidents}: the filters as a form, the report's sections and the incidents. */
final class IncidentListHtml {
  private IncidentListHtml() {}

  /** The values the form shows, as the reader typed them. */
  record Typed(String since, String until, Set<String> severities, String model, String tenant) {}

  static String page(Typed typed, List<Tenant> tenants, InsightReport report) {
    StringBuilder body = new StringBuilder("<h1>Incidents</h1>");
    form(body, typed, tenants);
    ReportHtml.heading(body, report);
    body.append("<h2>Incidents</h2>");
    IncidentTable.render(body, report, IncidentTable.Links.PAGE);
    ReportHtml.sections(body, report);
    return PageDocument.served("Incidents", body.toString());
  }

  static String problem(Typed typed, List<Tenant> tenants, String problem) {
    StringBuilder body = new StringBuilder("<h1>Incidents</h1>");
    form(body, typed, tenants);
    body.append("<p class=\"problem\">").append(esc(problem)).append("</p>");
    return PageDocument.served("Incidents", body.toString());
  }

  private static void form(StringBuilder out, Typed typed, List<Tenant> tenants) {
    out.append("<form method=\"get\" action=\"/incidents\">");
    input(out, "since", "From", typed.since(), "30d or 2026-01-01");
    input(out, "until", "To", typed.until(), "now, or a date");
    out.append("<label>Severity ");
    for (Severity severity : Severity.values()) {
      String level = Integer.toString(severity.level());
      out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"")
          .append(level)
          .append('"')
          .append(typed.severities().contains(level) ? " checked" : "")
          .append('>')
          .append(severity.label())
          .append("</label>");
    }
    out.append("</label>");
    input(out, "model", "Model", typed.model(), "name or name@version");
    out.append("<label>Workspace <select name=\"tenant\"><option value=\"\">all</option>");
    for (Tenant tenant : tenants) {
      String name = tenant.toString();
      out.append("<option value=\"")
          .append(esc(name))
          .append('"')
          .append(name.equals(typed.tenant()) ? " selected" : "")
          .append('>')
          .append(esc(name))
          .append("</option>");
    }
    out.append("</select></label> <button type=\"submit\">Show</button></form>");
  }

  private static void input(
      StringBuilder out, String name, String label, String value, String placeholder) {
    out.append("<label>")
        .append(esc(label))
        .append(" <input type=\"text\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(esc(value == null ? "" : value))
        .append("\" placeholder=\"")
        .append(esc(placeholder))
        .append("\"></label>");
  }
}
