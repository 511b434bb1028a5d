package dev.aiir.bot.prometheus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiir.commands.port.MetricQueries.Answer;
import dev.aiir.commands.port.MetricQueries.Failed;
import dev.aiir.commands.port.MetricQueries.Sample;
import dev.aiir.commands.port.MetricQueries.Samples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the answer of Prometheus's {@code /api/v1/query}: {@code {"status": "success", "data":
 * {"resultType": "vector", "result": [{"metric": {...}, "value": [1712345678.9, "0.83"]}]}}} (a
 * scalar's result is the one {@code [time, "value"]} pair), or {@code {"status": "error",
 * "errorType": ..., "error": ...}}. Values are strings, {@code NaN}, {@code +Inf} and {@code -Inf}
 * included. Anything else is a failure said in one line.
 */
final class PrometheusAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LONGEST_REASON = 300;

  private PrometheusAnswers() {}

  static Answer read(int status, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      return new Failed("Prometheus answered HTTP " + status + hint(status) + " without its JSON");
    }
    if (!"success".equals(root.path("status").asText())) {
      String type = root.path("errorType").asText("error");
      String error = root.path("error").asText("no reason given");
      return new Failed(shortened("Prometheus refused the query (" + type + "): " + error));
    }
    JsonNode data = root.path("data");
    String type = data.path("resultType").asText();
    try {
      return switch (type) {
        case "vector" -> vector(data.path("result"));
        case "scalar" -> new Samples(List.of(new Sample(Map.of(), value(data.path("result")))));
        case "matrix" ->
            new Failed(
                "the query returns a range vector; use an instant one, such as"
                    + " avg_over_time(metric[5m])");
        default -> new Failed("the query returns a " + type + ", not a number");
      };
    } catch (IllegalArgumentException e) {
      return new Failed("Prometheus sent an unreadable result: " + shortened(e.getMessage()));
    }
  }

  private static Answer vector(JsonNode result) {
    List<Sample> samples = new ArrayList<>();
    for (JsonNode series : result) {
      Map<String, String> labels = new LinkedHashMap<>();
      series
          .path("metric")
          .fields()
          .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
      samples.add(new Sample(labels, value(series.path("value"))));
    }
    return new Samples(samples);
  }

  /** The value of a {@code [time, "value"]} pair. */
  private static double value(JsonNode pair) {
    if (!pair.isArray() || pair.size() != 2) {
      throw new IllegalArgumentException("a sample is not a [time, value] pair");
    }
    String text = pair.get(1).asText();
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text + "' is not a number");
        }
      }
    };
  }

  private static String hint(int status) {
    return status == 401 || status == 403 ? " (check AIIR_PROMETHEUS_TOKEN)" : "";
  }

  private static String shortened(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= LONGEST_REASON ? line : line.substring(0, LONGEST_REASON) + "...";
  }
}
