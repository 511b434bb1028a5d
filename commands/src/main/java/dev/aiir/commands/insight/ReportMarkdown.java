package dev.aiir.commands.insight;

import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as Markdown: tables a wiki or a pull request shows as they are. */
public final class ReportMarkdown {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private ReportMarkdown() {}

  public static String render(InsightReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Incident report: ")
        .append(ReportWording.period(r.filter(), r.zone()))
        .append("\n\n");
    md.append("Generated ")
        .append(ReportWording.time(r.generatedAt(), r.zone()))
        .append(". Filters: ")
        .append(cell(ReportWording.filters(r.filter())))
        .append(".\n\n");
    md.append("## Incidents: ").append(r.total()).append("\n\n");
    md.append("| severity | incidents |");
    for (Metric metric : Metric.values()) {
      md.append(' ')
          .append(metric.label())
          .append(" median | ")
          .append(metric.label())
          .append(" p90 |");
    }
    md.append("\n|---|---:|").append("---:|---:|".repeat(Metric.values().length)).append('\n');
    for (Severity severity : Severity.values()) {
      row(md, severity.label(), r.bySeverity().get(severity), r.figures().get(severity));
    }
    row(md, "all", r.total(), r.overall());
    String excluded = ReportWording.excluded(r.overall(), r.mitigatedOnlyByResolution());
    if (!excluded.isEmpty()) {
      md.append("\nLeft out: ").append(excluded).append('\n');
    }
    md.append("\n## By model\n\n| model | incidents |\n|---|---:|\n");
    r.byModel()
        .forEach(
            t ->
                md.append("| ")
                    .append(cell(t.key()))
                    .append(" | ")
                    .append(t.count())
                    .append(" |\n"));
    PirStatus pirs = r.pirs();
    md.append("\n## Post-incident reviews\n\n")
        .append("- Done: ")
        .append(pirs.done())
        .append('\n')
        .append("- Due: ")
        .append(pirs.due())
        .append('\n')
        .append("- Overdue: ")
        .append(pirs.overdue())
        .append(
            pirs.overdueIncidents().isEmpty()
                ? ""
                : " (" + cell(String.join(", ", pirs.overdueIncidents())) + ")")
        .append('\n');
    actions(md, r.actions());
    md.append("\n## Repeat offenders\n\n");
    repeats(md, "Models", r.repeatModels());
    repeats(md, "Root-cause words", r.repeatCauseWords());
    weeks(md, r);
    md.append("\n## Definitions\n\n");
    ReportWording.definitions().forEach(d -> md.append("- ").append(d).append('\n'));
    return md.toString();
  }

  private static void row(StringBuilder md, String label, int count, Map<Metric, Figure> figures) {
    md.append("| ").append(label).append(" | ").append(count).append(" |");
    for (Metric metric : Metric.values()) {
      Figure figure = figures.get(metric);
      md.append(' ')
          .append(Elapsed.compact(figure.median()))
          .append(" | ")
          .append(Elapsed.compact(figure.p90()))
          .append(" |");
    }
    md.append('\n');
  }

  private static void actions(StringBuilder md, ActionSummary actions) {
    md.append("\n## Open action items: ").append(actions.open()).append("\n\n");
    if (actions.open() == 0) {
      return;
    }
    md.append("| priority | open |\n|---|---:|\n");
    for (Priority priority : Priority.values()) {
      md.append("| ")
          .append(priority)
          .append(" | ")
          .append(actions.byPriority().get(priority))
          .append(" |\n");
    }
    md.append("\n| owner | open |\n|---|---:|\n");
    actions
        .byOwner()
        .forEach(
            t ->
                md.append("| ")
                    .append(cell(t.key()))
                    .append(" | ")
                    .append(t.count())
                    .append(" |\n"));
  }

  private static void repeats(StringBuilder md, String what, List<Tally> groups) {
    md.append("- ").append(what).append(": ");
    if (groups.isEmpty()) {
      md.append("none\n");
      return;
    }
    md.append(
            groups.stream()
                .map(
                    t ->
                        cell(t.key())
                            + " ("
                            + t.count()
                            + ": "
                            + cell(String.join(", ", t.incidents()))
                            + ")")
                .collect(Collectors.joining("; ")))
        .append('\n');
  }

  private static void weeks(StringBuilder md, InsightReport r) {
    md.append("\n## Weeks\n\n| week of |");
    for (Severity severity : Severity.values()) {
      md.append(' ').append(severity.label()).append(" |");
    }
    md.append(" total | MTTR median |\n|---|")
        .append("---:|".repeat(Severity.values().length + 2))
        .append('\n');
    for (WeekRow week : r.weeks()) {
      md.append("| ").append(week.monday()).append(" |");
      for (Severity severity : Severity.values()) {
        md.append(' ').append(week.bySeverity().get(severity)).append(" |");
      }
      md.append(' ')
          .append(week.total())
          .append(" | ")
          .append(Elapsed.compact(week.mttr()))
          .append(" |\n");
    }
  }

  /** Text in a table cell or a list line: one line, no column breaks, no markup. */
  static String cell(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : SPACES.matcher(text).replaceAll(" ").toCharArray()) {
      if ("\\|*_`[]<>#~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
