package dev.aiir.commands.insight;

import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.pir.JsonWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as one JSON object: the period and filters, counts, the three figures per severity and
 * overall (durations in seconds, null where nothing was measured), reviews, open action items,
 * repeat offenders, the weeks and the definitions. The incidents themselves are the CSV's.
 */
public final class ReportJson {
  private ReportJson() {}

  public static String render(InsightReport r) {
    JsonWriter json = new JsonWriter().beginObject();
    json.field("generated_at", r.generatedAt().toString());
    json.field("zone", r.zone().getId());
    json.name("period").beginObject();
    json.field("since", r.filter().since().toString());
    json.field("until", r.filter().until().toString());
    json.endObject();
    json.name("filters").beginObject();
    json.name("severities").beginArray();
    r.filter().severities().stream().sorted().forEach(s -> json.value(s.label()));
    json.endArray();
    json.field("model", r.filter().model().orElse(null));
    json.field("workspace", r.filter().tenant().map(Object::toString).orElse(null));
    json.endObject();
    json.field("incidents", (long) r.total());
    json.name("by_severity").beginObject();
    for (Severity severity : Severity.values()) {
      json.field(severity.label(), (long) r.bySeverity().get(severity));
    }
    json.endObject();
    tallies(json, "by_model", r.byModel(), false);
    json.name("figures").beginObject();
    for (Severity severity : Severity.values()) {
      figures(json, severity.label(), r.figures().get(severity));
    }
    figures(json, "all", r.overall());
    json.endObject();
    json.field("mitigated_only_by_resolution", (long) r.mitigatedOnlyByResolution());
    pirs(json, r.pirs());
    actions(json, r.actions());
    json.name("repeat_offenders").beginObject();
    tallies(json, "models", r.repeatModels(), true);
    tallies(json, "root_cause_words", r.repeatCauseWords(), true);
    json.endObject();
    weeks(json, r.weeks());
    json.name("definitions").beginArray();
    ReportWording.definitions().forEach(json::value);
    json.endArray();
    return json.endObject().toString();
  }

  private static void figures(JsonWriter json, String name, Map<Metric, Figure> figures) {
    json.name(name).beginObject();
    for (Metric metric : Metric.values()) {
      Figure f = figures.get(metric);
      json.name(metric.label().toLowerCase(java.util.Locale.ROOT)).beginObject();
      json.field("measured", (long) f.measured());
      json.field("excluded", (long) f.excluded());
      json.field("median_seconds", seconds(f.median()));
      json.field("p90_seconds", seconds(f.p90()));
      json.endObject();
    }
    json.endObject();
  }

  private static void pirs(JsonWriter json, PirStatus pirs) {
    json.name("pirs").beginObject();
    json.field("done", (long) pirs.done());
    json.field("due", (long) pirs.due());
    json.field("overdue", (long) pirs.overdue());
    json.name("overdue_incidents").beginArray();
    pirs.overdueIncidents().forEach(json::value);
    json.endArray();
    json.endObject();
  }

  private static void actions(JsonWriter json, ActionSummary actions) {
    json.name("open_action_items").beginObject();
    json.field("open", (long) actions.open());
    json.name("by_priority").beginObject();
    for (Priority priority : Priority.values()) {
      json.field(priority.name(), (long) actions.byPriority().get(priority));
    }
    json.endObject();
    tallies(json, "by_owner", actions.byOwner(), false);
    json.endObject();
  }

  private static void tallies(JsonWriter json, String name, List<Tally> tallies, boolean ids) {
    json.name(name).beginArray();
    for (Tally tally : tallies) {
      json.beginObject();
      json.field("key", tally.key());
      json.field("count", (long) tally.count());
      if (ids) {
        json.name("incidents").beginArray();
        tally.incidents().forEach(json::value);
        json.endArray();
      }
      json.endObject();
    }
    json.endArray();
  }

  private static void weeks(JsonWriter json, List<WeekRow> weeks) {
    json.name("weeks").beginArray();
    for (WeekRow week : weeks) {
      json.beginObject();
      json.field("week_of", week.monday().toString());
      json.name("by_severity").beginObject();
      for (Severity severity : Severity.values()) {
        json.field(severity.label(), (long) week.bySeverity().get(severity));
      }
      json.endObject();
      json.field("incidents", (long) week.total());
      json.field("resolved", (long) week.resolved());
      json.field("mttr_median_seconds", seconds(week.mttr()));
      json.endObject();
    }
    json.endArray();
  }

  private static java.math.BigDecimal seconds(Optional<Duration> duration) {
    return duration.map(Elapsed::seconds).orElse(null);
  }
}
