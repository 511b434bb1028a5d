package dev.aiir.commands.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Instant queries against a Prometheus-compatible metrics API, for the rollout's metric gates. An
 * answer is the series and their values, or why there is none; never an exception: a metrics system
 * that is down, slow or refuses the query is an answer the gate reports.
 */
public interface MetricQueries {

  /** Runs {@code query} as of {@code at} (the core's clock). */
  Answer query(String query, Instant at);

  /** What the metrics system answered. */
  sealed interface Answer {}

  /**
   * The query's series at that time: one per series of a vector (possibly none), or one without
   * labels for a scalar. A value may be NaN or infinite, as Prometheus writes it.
   */
  record Samples(List<Sample> samples) implements Answer {
    public Samples {
      samples = List.copyOf(samples);
    }
  }

  /** One series' labels and value. */
  record Sample(Map<String, String> labels, double value) {
    public Sample {
      labels = Map.copyOf(labels);
    }
  }

  /**
   * No value: the query was refused, failed, timed out or the system could not be reached; {@code
   * reason} says which in one line fit for chat (no secrets).
   */
  record Failed(String reason) implements Answer {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Where no metrics system is configured: every query says so. */
  MetricQueries NONE =
      (query, at) -> new Failed("no Prometheus is configured (set AIIR_PROMETHEUS_URL)");
}
