package dev.aiir.commands.gate;

import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import dev.aiir.commands.port.MetricQueries;
import dev.aiir.commands.port.MetricQueries.Sample;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one check of a criterion read from the metrics system's answer. Every series must satisfy
 * the comparison; the worst one (the least margin: the lowest value for {@code >=}, the highest for
 * {@code <}) decides and is the one shown. No series, a NaN, or no answer at all cannot be
 * evaluated, which never counts as holding.
 *
 * @param value the worst series' value; NaN when it could not be evaluated
 * @param detail the worst series' labels when there are several, or why it could not be evaluated
 */
record Reading(CriterionCheck.Reading kind, double value, String detail) {
  static final String NO_DATA = "no data (the query returned no series)";

  static Reading unknown(String why) {
    return new Reading(CriterionCheck.Reading.UNKNOWN, Double.NaN, why);
  }

  static Reading of(Criterion criterion, MetricQueries.Answer answer) {
    if (answer instanceof MetricQueries.Failed failed) {
      return unknown(failed.reason());
    }
    var samples = ((MetricQueries.Samples) answer).samples();
    if (samples.isEmpty()) {
      return unknown(NO_DATA);
    }
    for (Sample sample : samples) {
      if (Double.isNaN(sample.value())) {
        return unknown("the value is NaN" + (samples.size() > 1 ? " for " + labels(sample) : ""));
      }
    }
    Sample worst =
        samples.stream()
            .min(
                Comparator.comparingDouble(
                    s -> criterion.comparison().margin(s.value(), criterion.threshold())))
            .orElseThrow();
    boolean holds = criterion.comparison().holds(worst.value(), criterion.threshold());
    return new Reading(
        holds ? CriterionCheck.Reading.HOLDS : CriterionCheck.Reading.FAILS,
        worst.value(),
        samples.size() > 1 ? labels(worst) : "");
  }

  /** {@code {model="assistant", region="eu"}}, without the metric's name. */
  static String labels(Sample sample) {
    Map<String, String> sorted = new TreeMap<>(sample.labels());
    sorted.remove("__name__");
    return sorted.entrySet().stream()
        .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** The value as messages show it, with its series when there were several. */
  String shown() {
    if (kind == CriterionCheck.Reading.UNKNOWN) {
      return "could not evaluate: " + detail;
    }
    return Criterion.number(value) + (detail.isEmpty() ? "" : " " + detail);
  }
}
