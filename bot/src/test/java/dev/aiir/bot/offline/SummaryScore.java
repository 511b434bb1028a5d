package dev.aiir.bot.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.pir.HistoryDigest;
import dev.aiir.commands.pir.HistoryEvent;
import dev.aiir.commands.pir.StatedFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many of the summary's facts a draft gets right, per field: the worst severity, the detection
 * and resolution times, which message the root cause quotes, and the version rolled back or pinned
 * to. A fact the channel never states must stay empty: a value there is an invention, and wrong.
 */
final class SummaryScore {
  private final Map<String, int[]> byField = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  void add(String conversation, JsonNode expected, HistoryDigest digest) {
    check(
        conversation,
        "severity",
        text(expected, "severity"),
        digest.severity().map(Severity::label).orElse(null));
    check(
        conversation,
        "detected",
        text(expected, "detected"),
        digest.detection().map(HistoryEvent::at).map(Instant::toString).orElse(null));
    check(
        conversation,
        "resolved",
        text(expected, "resolved"),
        digest.resolvedAt().map(Instant::toString).orElse(null));
    check(
        conversation,
        "root_cause",
        text(expected.path("root_cause"), "at"),
        digest.rootCause().map(StatedFact::at).map(Instant::toString).orElse(null));
    String version = text(expected, "version");
    String model = digest.model().orElse(null);
    boolean named =
        version == null
            ? model == null
            : model != null
                && model.toLowerCase(Locale.ROOT).contains(version.toLowerCase(Locale.ROOT));
    count(conversation, "version", named, version, model);
  }

  private void check(String conversation, String field, String want, String got) {
    count(conversation, field, Objects.equals(want, got), want, got);
  }

  private void count(String conversation, String field, boolean right, String want, String got) {
    int[] c = byField.computeIfAbsent(field, k -> new int[2]);
    c[right ? 0 : 1]++;
    if (!right) {
      misses.add("summary " + conversation + " " + field + ": want " + want + ", got " + got);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  /** The share of facts right over every field of every conversation. */
  double accuracy() {
    int right = byField.values().stream().mapToInt(c -> c[0]).sum();
    int all = byField.values().stream().mapToInt(c -> c[0] + c[1]).sum();
    return right / (double) Math.max(1, all);
  }

  List<String> misses() {
    return List.copyOf(misses);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    byField.forEach(
        (field, c) ->
            out.append(
                String.format(
                    Locale.ROOT, "summary %-10s %d/%d right%n", field, c[0], c[0] + c[1])));
    out.append(String.format(Locale.ROOT, "summary %-10s %.3f%n", "all", accuracy()));
    return out.toString();
  }
}
