package dev.aiir.commands.insight;

import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.OpenActions;
import dev.aiir.commands.port.ReportFilter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds up a report's incidents as the store hands them over ({@link #accept}), then makes the
 * report: counts by severity and model, the three metrics per severity and overall, the reviews,
 * repeat offenders and the weeks. Each incident is kept as one small row; its timeline never is.
 */
public final class ReportBuilder implements Consumer<IncidentFacts> {
  /** The most groups a list of repeat offenders shows. */
  static final int MOST_REPEATS = 10;

  private final ReportFilter filter;
  private final ZoneId zone;
  private final Instant now;
  private final List<IncidentFacts> incidents = new ArrayList<>();

  public ReportBuilder(ReportFilter filter, ZoneId zone, Instant now) {
    this.filter = filter;
    this.zone = zone;
    this.now = now;
  }

  @Override
  public void accept(IncidentFacts incident) {
    incidents.add(incident);
  }

  /** The report, with the open action items the store counted for the same incidents. */
  public InsightReport build(List<OpenActions> openActions) {
    incidents.sort(BY_DETECTION);
    boolean across = filter.tenant().isEmpty();
    Map<Severity, Map<Metric, Figure>> figures = new EnumMap<>(Severity.class);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      List<IncidentFacts> of = incidents.stream().filter(i -> i.severity() == severity).toList();
      bySeverity.put(severity, of.size());
      figures.put(severity, figures(of));
    }
    return new InsightReport(
        filter,
        zone,
        now,
        incidents,
        bySeverity,
        byModel(),
        figures,
        figures(incidents),
        (int) incidents.stream().filter(Metric::mitigatedOnlyByResolution).count(),
        pirs(across),
        Actions.summary(openActions),
        repeats(i -> modelName(i.model()).stream().toList(), across),
        repeats(i -> List.copyOf(CauseWords.of(i.rootCause())), across),
        Weeks.of(filter, zone, incidents));
  }

  static Map<Metric, Figure> figures(List<IncidentFacts> group) {
    Map<Metric, Figure> out = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      List<Duration> measured = new ArrayList<>();
      for (IncidentFacts incident : group) {
        metric.of(incident).ifPresent(measured::add);
      }
      out.put(metric, Figure.of(measured, group.size() - measured.size()));
    }
    return out;
  }

  private List<Tally> byModel() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (IncidentFacts incident : incidents) {
      counts.merge(modelName(incident.model()).orElse(NO_MODEL), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> Tally.counted(e.getKey(), e.getValue()))
        .sorted(MOST_FIRST)
        .toList();
  }

  private PirStatus pirs(boolean across) {
    int done = 0;
    int due = 0;
    List<IncidentFacts> overdue = new ArrayList<>();
    for (IncidentFacts incident : incidents) {
      if (incident.pirDone()) {
        done++;
      } else if (incident.resolvedAt() != null && incident.pirDueAt() != null) {
        if (incident.pirDueAt().isAfter(now)) {
          due++;
        } else {
          overdue.add(incident);
        }
      }
    }
    overdue.sort(Comparator.comparing(IncidentFacts::pirDueAt));
    return new PirStatus(
        done, due, overdue.size(), overdue.stream().map(i -> label(i, across)).toList());
  }

  /** Groups with two incidents or more by the keys each incident has, most first. */
  private List<Tally> repeats(Function<IncidentFacts, List<String>> keys, boolean across) {
    Map<String, List<IncidentFacts>> groups = new LinkedHashMap<>();
    for (IncidentFacts incident : incidents) {
      for (String key : keys.apply(incident)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(incident);
      }
    }
    // Labels only for the groups shown: a word of every root cause makes thousands of groups.
    return groups.entrySet().stream()
        .filter(e -> e.getValue().size() >= 2)
        .sorted(
            Comparator.comparing((Map.Entry<String, List<IncidentFacts>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .limit(MOST_REPEATS)
        .map(
            e ->
                new Tally(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().map(i -> label(i, across)).toList()))
        .toList();
  }

  static final String NO_MODEL = "(no model)";

  /** Detection, then workspace and id: the order the stores hand the rows over in. */
  static final Comparator<IncidentFacts> BY_DETECTION =
      Comparator.comparing(IncidentFacts::detectedAt)
          .thenComparing(i -> i.tenant().platform())
          .thenComparing(i -> i.tenant().workspaceId())
          .thenComparing(i -> i.id().value());

  static final Comparator<Tally> MOST_FIRST =
      Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::key);

  /** The model's name without its version: {@code assistant@v3.2} is {@code assistant}. */
  static Optional<String> modelName(String model) {
    if (model == null || model.isBlank()) {
      return Optional.empty();
    }
    int at = model.indexOf('@');
    return Optional.of(at > 0 ? model.substring(0, at) : model);
  }

  static String label(IncidentFacts incident, boolean across) {
    return across ? incident.tenant() + " " + incident.id() : incident.id().value();
  }
}
