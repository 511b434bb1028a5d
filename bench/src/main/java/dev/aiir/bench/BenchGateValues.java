package dev.aiir.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate benchmark's five criteria and the values its Prometheus gives them: steady values that
 * hold, except each rollout's error ratio, which fails for 20 seconds in every 200 (shifted by the
 * rollout's number), so that verdicts change, breaches are announced and end while it runs.
 */
final class BenchGateValues implements LoopbackPrometheus.Values {
  /** The checks, in the grammar of the configuration file and of {@code gate add}. */
  static final List<String> CHECKS =
      List.of(
          "error_ratio{model=\"$model\"} < 0.05",
          "eval_accuracy{model=\"$model\",version=\"$version\"} >= 0.80",
          "histogram_quantile(0.99, sum(rate(latency_seconds_bucket{model=\"$model\"}[5m])) by"
              + " (le)) < 2.5",
          "sum(rate(http_requests_total{model=\"$model\"}[5m])) > 1",
          "refusal_ratio{model=\"$model\",traffic=\"$traffic\"} <= 0.1");

  private static final Pattern MODEL = Pattern.compile("model=\"m(\\d+)\"");

  @Override
  public Optional<String> at(String query, Instant time) {
    if (query.startsWith("error_ratio")) {
      Matcher model = MODEL.matcher(query);
      int n = model.find() ? Integer.parseInt(model.group(1)) : 0;
      boolean failing = (n + time.getEpochSecond() / 20) % 10 == 0;
      return Optional.of(failing ? "0.09" : "0.01");
    }
    if (query.startsWith("eval_accuracy")) {
      return Optional.of("0.85");
    }
    if (query.startsWith("histogram_quantile")) {
      return Optional.of("1.2");
    }
    if (query.startsWith("sum(rate(http_requests_total")) {
      return Optional.of("40");
    }
    if (query.startsWith("refusal_ratio")) {
      return Optional.of("0.03");
    }
    return Optional.empty();
  }
}
