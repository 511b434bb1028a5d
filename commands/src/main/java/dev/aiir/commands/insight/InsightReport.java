package dev.aiir.commands.insight;

import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.ReportFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the incidents of a period add up to (see {@link ReportBuilder} for how each part is made).
 *
 * @param zone the team's zone, in which weeks and dates are read
 * @param incidents every incident of the report, by detection
 * @param bySeverity how many of each severity (their current severity), zero included
 * @param byModel how many per model name (versions together), most first
 * @param figures MTTA, MTTM and MTTR per severity, every severity included
 * @param overall the same over every incident of the report
 * @param mitigatedOnlyByResolution how many incidents' MTTM ends at their resolution because no
 *     rollback came before it
 * @param repeatModels models with two incidents or more
 * @param repeatCauseWords words found in the root causes of two incidents or more
 * @param weeks every week of the period, Monday first, in {@code zone}
 */
public record InsightReport(
    ReportFilter filter,
    ZoneId zone,
    Instant generatedAt,
    List<IncidentFacts> incidents,
    Map<Severity, Integer> bySeverity,
    List<Tally> byModel,
    Map<Severity, Map<Metric, Figure>> figures,
    Map<Metric, Figure> overall,
    int mitigatedOnlyByResolution,
    PirStatus pirs,
    ActionSummary actions,
    List<Tally> repeatModels,
    List<Tally> repeatCauseWords,
    List<WeekRow> weeks) {

  public InsightReport {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    incidents = List.copyOf(incidents);
    bySeverity = Map.copyOf(bySeverity);
    byModel = List.copyOf(byModel);
    figures = Map.copyOf(figures);
    overall = Map.copyOf(overall);
    Objects.requireNonNull(pirs, "pirs");
    Objects.requireNonNull(actions, "actions");
    repeatModels = List.copyOf(repeatModels);
    repeatCauseWords = List.copyOf(repeatCauseWords);
    weeks = List.copyOf(weeks);
  }

  public int total() {
    return incidents.size();
  }

  /** Whether the report spans several workspaces, so that an id alone does not name an incident. */
  public boolean acrossTenants() {
    return filter.tenant().isEmpty();
  }

  /** How an incident is named in lists: its id, after its workspace in a report of several. */
  public String label(IncidentFacts incident) {
    return ReportBuilder.label(incident, acrossTenants());
  }
}
