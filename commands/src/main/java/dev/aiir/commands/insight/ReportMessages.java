package dev.aiir.commands.insight;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report's summary in chat: a few lines a manager reads at a glance. */
final class ReportMessages {
  static final String USAGE =
      "Usage: /incident report [--since 30d|2026-01-01] [--until DATE] [--severity 1,2]"
          + " [--model NAME]";

  /** The most owners, overdue reviews or repeat offenders a line names. */
  private static final int MOST_NAMED = 5;

  private ReportMessages() {}

  static Message summary(InsightReport r, Optional<String> page) {
    String title = "Incident report: " + ReportWording.period(r.filter(), r.zone());
    List<String> lines = new ArrayList<>();
    if (!ReportWording.filters(r.filter().withoutTenant()).equals("none")) {
      lines.add("Filters: " + ReportWording.filters(r.filter().withoutTenant()) + ".");
    }
    if (r.total() == 0) {
      lines.add("No incidents in this period.");
      page.ifPresent(p -> lines.add("Full report: " + p));
      return Message.of(title, List.of(), lines);
    }
    lines.add(
        r.total()
            + (r.total() == 1 ? " incident: " : " incidents: ")
            + java.util.Arrays.stream(Severity.values())
                .map(s -> s.label() + " " + r.bySeverity().get(s))
                .collect(Collectors.joining(" · ")));
    for (Metric metric : Metric.values()) {
      lines.add(figure(metric, r.overall().get(metric)));
    }
    lines.add("MTTR by severity: " + bySeverity(r));
    PirStatus pirs = r.pirs();
    lines.add(
        "PIRs: "
            + pirs.done()
            + " done, "
            + pirs.due()
            + " due, "
            + pirs.overdue()
            + " overdue"
            + named(pirs.overdueIncidents()));
    lines.add(actions(r.actions()));
    lines.add("Models: " + tallies(r.byModel(), false));
    if (!r.repeatModels().isEmpty() || !r.repeatCauseWords().isEmpty()) {
      lines.add(
          "Repeat offenders: "
              + String.join(
                  "; ",
                  List.of(
                          r.repeatModels().isEmpty()
                              ? ""
                              : "models " + tallies(r.repeatModels(), true),
                          r.repeatCauseWords().isEmpty()
                              ? ""
                              : "root-cause words " + tallies(r.repeatCauseWords(), true))
                      .stream()
                      .filter(s -> !s.isEmpty())
                      .toList()));
    }
    page.ifPresent(p -> lines.add("Full report: " + p));
    return Message.of(title, List.of(), lines);
  }

  /** {@code MTTA median 4m, p90 12m (9 measured; 2 never acknowledged)}. */
  static String figure(Metric metric, Figure f) {
    return metric.label()
        + " median "
        + Elapsed.compact(f.median())
        + ", p90 "
        + Elapsed.compact(f.p90())
        + " ("
        + f.measured()
        + " measured"
        + (f.excluded() > 0 ? "; " + f.excluded() + " " + metric.excludedWhen() : "")
        + ")";
  }

  private static String bySeverity(InsightReport r) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      Figure f = r.figures().get(severity).get(Metric.MTTR);
      if (r.bySeverity().get(severity) > 0) {
        parts.add(
            severity.label()
                + " "
                + Elapsed.compact(f.median())
                + " / p90 "
                + Elapsed.compact(f.p90())
                + " ("
                + f.measured()
                + " of "
                + r.bySeverity().get(severity)
                + ")");
      }
    }
    return String.join(" · ", parts);
  }

  private static String actions(ActionSummary actions) {
    if (actions.open() == 0) {
      return "Open action items: none.";
    }
    return "Open action items: "
        + actions.open()
        + " ("
        + java.util.Arrays.stream(Priority.values())
            .map(p -> p + " " + actions.byPriority().get(p))
            .collect(Collectors.joining(", "))
        + "); by owner: "
        + tallies(actions.byOwner(), false);
  }

  private static String tallies(List<Tally> tallies, boolean withIncidents) {
    String shown =
        tallies.stream()
            .limit(MOST_NAMED)
            .map(
                t ->
                    t.key()
                        + " "
                        + t.count()
                        + (withIncidents ? " (" + String.join(", ", t.incidents()) + ")" : ""))
            .collect(Collectors.joining(", "));
    return tallies.size() > MOST_NAMED
        ? shown + " and " + (tallies.size() - MOST_NAMED) + " more"
        : shown;
  }

  private static String named(List<String> incidents) {
    if (incidents.isEmpty()) {
      return "";
    }
    String shown = incidents.stream().limit(MOST_NAMED).collect(Collectors.joining(", "));
    return " ("
        + shown
        + (incidents.size() > MOST_NAMED ? " and " + (incidents.size() - MOST_NAMED) + " more" : "")
        + ")";
  }
}
