package dev.aiir.bot.page;

import dev.aiir.commands.insight.Elapsed;
import dev.aiir.commands.insight.WeekRow;
import dev.aiir.commands.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's two charts as inline SVG, drawn here with no library and no script: incidents per
 * week stacked by severity, and the week's median time to resolve as a line (broken where a week
 * resolved nothing). Each bar and point has a title a reader sees on hovering, and each chart a
 * text alternative.
 */
final class Charts {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 12;
  private static final int TOP = 28;
  private static final int BOTTOM = 44;
  private static final int MOST_LABELS = 12;

  private Charts() {}

  static String colour(Severity severity) {
    return switch (severity) {
      case SEV1 -> "#b91c1c";
      case SEV2 -> "#ea580c";
      case SEV3 -> "#ca8a04";
      case SEV4 -> "#2563eb";
    };
  }

  /** Incidents per week, one bar per week, stacked SEV-1 at the bottom. */
  static String incidentsPerWeek(List<WeekRow> weeks) {
    int most = Math.max(1, weeks.stream().mapToInt(WeekRow::total).max().orElse(0));
    int top = niceCeiling(most);
    StringBuilder svg = open("Incidents per week by severity", describeCounts(weeks));
    axis(svg, top, Integer.toString(top), Integer.toString(top / 2));
    double slot = plotWidth() / (double) Math.max(1, weeks.size());
    double bar = Math.max(1, slot * 0.7);
    for (int w = 0; w < weeks.size(); w++) {
      WeekRow week = weeks.get(w);
      double x = LEFT + w * slot + (slot - bar) / 2;
      double base = TOP + plotHeight();
      for (Severity severity : Severity.values()) {
        int count = week.bySeverity().get(severity);
        if (count == 0) {
          continue;
        }
        double h = plotHeight() * count / (double) top;
        base -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s</title></rect>",
                x,
                base,
                bar,
                h,
                colour(severity),
                Html.esc("Week of " + week.monday() + ": " + severity.label() + " " + count)));
      }
    }
    weekLabels(svg, weeks, slot);
    legend(svg);
    return svg.append("</svg>").toString();
  }

  /** The median time to resolve per week, in hours, as a line. */
  static String mttrPerWeek(List<WeekRow> weeks) {
    long mostMinutes =
        Math.max(
            60,
            weeks.stream()
                .flatMap(w -> w.mttr().stream())
                .mapToLong(Duration::toMinutes)
                .max()
                .orElse(0));
    long topHours = niceCeiling((int) Math.ceil(mostMinutes / 60.0));
    StringBuilder svg = open("Median time to resolve per week", describeMttr(weeks));
    axis(
        svg,
        topHours,
        Elapsed.compact(Duration.ofHours(topHours)),
        Elapsed.compact(Duration.ofMinutes(topHours * 30)));
    double slot = plotWidth() / (double) Math.max(1, weeks.size());
    List<String> run = new ArrayList<>();
    StringBuilder points = new StringBuilder();
    for (int w = 0; w < weeks.size(); w++) {
      WeekRow week = weeks.get(w);
      if (week.mttr().isEmpty()) {
        line(svg, run);
        run.clear();
        continue;
      }
      double x = LEFT + w * slot + slot / 2;
      double y = TOP + plotHeight() * (1 - week.mttr().get().toMinutes() / (topHours * 60.0));
      run.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      points.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#111827\"><title>%s</title></circle>",
              x,
              y,
              Html.esc(
                  "Week of "
                      + week.monday()
                      + ": MTTR "
                      + Elapsed.compact(week.mttr())
                      + " (median of "
                      + week.resolved()
                      + " resolved)")));
    }
    line(svg, run);
    svg.append(points);
    weekLabels(svg, weeks, slot);
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, String description) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\"><title>")
        .append(Html.esc(title))
        .append("</title><desc>")
        .append(Html.esc(description))
        .append("</desc>");
  }

  private static void axis(StringBuilder svg, long top, String topLabel, String middleLabel) {
    int bottom = TOP + plotHeight();
    int middle = TOP + plotHeight() / 2;
    svg.append(
        String.format(
            Locale.ROOT,
            "<g stroke=\"#d1d5db\" stroke-width=\"1\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>",
            LEFT,
            TOP,
            WIDTH - RIGHT,
            TOP,
            LEFT,
            middle,
            WIDTH - RIGHT,
            middle,
            LEFT,
            bottom,
            WIDTH - RIGHT,
            bottom));
    text(svg, LEFT - 6, TOP + 4, "end", topLabel);
    text(svg, LEFT - 6, middle + 4, "end", top > 1 ? middleLabel : "");
    text(svg, LEFT - 6, bottom + 4, "end", "0");
  }

  private static void weekLabels(StringBuilder svg, List<WeekRow> weeks, double slot) {
    int every = Math.max(1, (int) Math.ceil(weeks.size() / (double) MOST_LABELS));
    for (int w = 0; w < weeks.size(); w += every) {
      double x = LEFT + w * slot + slot / 2;
      text(
          svg, x, TOP + plotHeight() + 16, "middle", weeks.get(w).monday().toString().substring(5));
    }
    text(svg, LEFT, HEIGHT - 6, "start", "week of (Monday, month-day)");
  }

  private static void legend(StringBuilder svg) {
    int x = LEFT;
    for (Severity severity : Severity.values()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>",
              x,
              colour(severity)));
      text(svg, x + 14, 17, "start", severity.label());
      x += 70;
    }
  }

  private static void line(StringBuilder svg, List<String> run) {
    if (run.size() > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#111827\" stroke-width=\"2\" points=\"")
          .append(String.join(" ", run))
          .append("\"/>");
    }
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String value) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#374151\" text-anchor=\"%s\">%s</text>",
            x,
            y,
            anchor,
            Html.esc(value)));
  }

  private static String describeCounts(List<WeekRow> weeks) {
    List<String> parts = new ArrayList<>();
    weeks.forEach(w -> parts.add(w.monday() + ": " + w.total()));
    return "Incidents per week: " + String.join(", ", parts);
  }

  private static String describeMttr(List<WeekRow> weeks) {
    List<String> parts = new ArrayList<>();
    weeks.forEach(w -> parts.add(w.monday() + ": " + Elapsed.compact(w.mttr())));
    return "Median time to resolve per week: " + String.join(", ", parts);
  }

  /** 1, 2, 5, 10, 20, 50...: the smallest such number at least {@code value}. */
  static int niceCeiling(int value) {
    int step = 1;
    while (true) {
      for (int factor : new int[] {1, 2, 5}) {
        if (step * factor >= value) {
          return step * factor;
        }
      }
      step *= 10;
    }
  }

  private static int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static int plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }
}
