package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.MetricQuery;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.port.MetricQueries;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A criterion's query with its placeholders filled from the incident: {@code $model} and {@code
 * $version} from its model ({@code NAME@VERSION}), {@code $traffic} from the running phase's share
 * of traffic in whole percent. A placeholder the incident cannot fill makes the check one that
 * cannot be evaluated, which says what is missing.
 *
 * @param query the query to send, or null when it cannot be made
 * @param problem why it cannot be made, or null
 */
record FilledQuery(String query, String problem) {

  static FilledQuery of(Criterion criterion, Incident incident, PhaseRun run) {
    Map<String, String> values = new HashMap<>();
    values.put("traffic", Integer.toString(run.traffic()));
    String model = incident.model();
    if (model != null) {
      int at = model.lastIndexOf('@');
      values.put("model", at < 0 ? model : model.substring(0, at));
      if (at >= 0) {
        values.put("version", model.substring(at + 1));
      }
    }
    Set<String> used = MetricQuery.placeholders(criterion.query());
    for (String name : used) {
      if (!values.containsKey(name)) {
        return new FilledQuery(null, GateMessages.unfilled(name, incident));
      }
    }
    return new FilledQuery(MetricQuery.fill(criterion.query(), values), null);
  }

  /** Runs the query as of {@code at} and reads the check from its answer. */
  Reading read(Criterion criterion, MetricQueries metrics, Instant at) {
    if (problem != null) {
      return Reading.unknown(problem);
    }
    return Reading.of(criterion, metrics.query(query, at));
  }
}
