package dev.aiir.commands.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** How an incident's alert reads in {@code status} and in the review: briefly, one fact a line. */
public final class AlertLines {
  /** Labels and annotations beyond this many characters are cut, with an ellipsis. */
  static final int LONGEST = 300;

  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

  private AlertLines() {}

  /** {@code HighErrorRate (Alertmanager, firing since 14:23 UTC)}. */
  public static String summary(AlertRecord record) {
    String state =
        record.status() == AlertStatus.FIRING
            ? "firing since " + TimeFormats.clock(record.changedAt())
            : "resolved at " + TimeFormats.clock(record.changedAt());
    return record.alert().title() + " (" + record.alert().source().label() + ", " + state + ")";
  }

  /** {@code alertname=HighErrorRate, service=assistant}: every label, cut when long. */
  public static String labels(Map<String, String> labels) {
    List<String> pairs = new ArrayList<>();
    labels.forEach((name, value) -> pairs.add(name + "=" + value));
    return cut(String.join(", ", pairs));
  }

  /**
   * The annotations worth a line each ({@code summary}, {@code description}, {@code runbook_url}
   * first, then the rest), as {@code name: value}.
   */
  public static List<String> annotations(Map<String, String> annotations) {
    List<String> lines = new ArrayList<>();
    for (String name : List.of("summary", "description", "runbook_url")) {
      if (annotations.containsKey(name)) {
        lines.add(name + ": " + cut(annotations.get(name)));
      }
    }
    annotations.forEach(
        (name, value) -> {
          if (!List.of("summary", "description", "runbook_url").contains(name)) {
            lines.add(name + ": " + cut(value));
          }
        });
    return lines;
  }

  /** The generator URL and the source's other links, as {@code name: url}. */
  public static List<String> links(Alert alert) {
    List<String> lines = new ArrayList<>();
    if (alert.generatorUrl() != null) {
      lines.add("source: " + alert.generatorUrl());
    }
    alert.links().forEach((name, url) -> lines.add(name + ": " + url));
    return lines;
  }

  static String cut(String text) {
    return oneLine(text, LONGEST);
  }

  /** {@code text} on one line, stripped, and cut with an ellipsis beyond {@code longest}. */
  public static String oneLine(String text, int longest) {
    String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    return line.length() <= longest ? line : line.substring(0, longest - 1) + "…";
  }
}
