package dev.aiir.commands.digest;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.Elapsed;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.insight.WeekRow;
import dev.aiir.commands.model.DigestSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The week in numbers, which the first digest of each week carries (Monday's with the default
 * schedule): last week's incidents and MTTR beside the four weeks before it, and a link to the
 * report page when a public URL is configured.
 */
final class WeeklyFigures {
  /** Last week and the four before it. */
  static final int WEEKS = 5;

  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private WeeklyFigures() {}

  /** Whether the digest due at {@code at} is the schedule's first of its week in {@code zone}. */
  static boolean isFirstOfWeek(DigestSchedule schedule, Instant at, ZoneId zone) {
    LocalDate monday = dev.aiir.commands.insight.Weeks.mondayOf(at, zone);
    Instant weekStarts = monday.atStartOfDay(zone).toInstant();
    return schedule.next(weekStarts.minusMillis(1), zone).equals(at);
  }

  static List<String> lines(Insights insights, Tenant tenant, Instant now) {
    List<WeekRow> weeks = insights.lastWeeks(tenant, now, WEEKS);
    WeekRow last = weeks.get(weeks.size() - 1);
    List<String> lines = new ArrayList<>();
    int open = last.total() - last.resolved();
    lines.add(
        "Last week ("
            + DAY_MONTH.format(last.monday())
            + " to "
            + DAY_MONTH.format(last.monday().plusDays(6))
            + "): "
            + last.total()
            + (last.total() == 1 ? " incident" : " incidents")
            + (last.total() == 0
                ? "."
                : ", MTTR "
                    + Elapsed.compact(last.mttr())
                    + " (median of "
                    + last.resolved()
                    + " resolved"
                    + (open > 0 ? "; " + open + " still open" : "")
                    + ")."));
    List<String> trend = new ArrayList<>();
    for (WeekRow week : weeks.subList(0, weeks.size() - 1)) {
      trend.add(DAY_MONTH.format(week.monday()) + " " + Elapsed.compact(week.mttr()));
    }
    trend.add("last week " + Elapsed.compact(last.mttr()));
    lines.add("MTTR by week, oldest first: " + String.join(" · ", trend));
    Optional<String> page = insights.pageFor(tenant);
    page.ifPresent(p -> lines.add("Report: " + p));
    return lines;
  }
}
