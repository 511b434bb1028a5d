package dev.aiir.commands.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the managers' digest goes out: a local time of day on some days of the week, read as a cron
 * line ({@code 0 9 * * 1-5}: minute, hour, any day of the month, any month, days of the week). Each
 * next time is computed in the team's zone, so a daylight-saving change never moves it off its
 * local hour.
 */
public record DigestSchedule(LocalTime at, Set<DayOfWeek> days) {
  private static final Pattern CRON =
      Pattern.compile("(\\d{1,2})\\s+(\\d{1,2})\\s+\\*\\s+\\*\\s+([0-7*,\\-]+)");

  public DigestSchedule {
    Objects.requireNonNull(at, "at");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a digest needs at least one day");
    }
    days = Set.copyOf(days);
  }

  /** Weekdays at 09:00. */
  public static DigestSchedule standard() {
    return new DigestSchedule(
        LocalTime.of(9, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  /**
   * Reads {@code MIN HOUR * * DAYS}, days as {@code *}, {@code 1-5} or {@code 1,3,5} (0 or 7 is
   * Sunday).
   */
  public static Optional<DigestSchedule> parseCron(String line) {
    Matcher m = CRON.matcher(line.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int minute = Integer.parseInt(m.group(1));
    int hour = Integer.parseInt(m.group(2));
    Optional<Set<DayOfWeek>> days = days(m.group(3));
    if (minute > 59 || hour > 23 || days.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DigestSchedule(LocalTime.of(hour, minute), days.get()));
  }

  private static Optional<Set<DayOfWeek>> days(String field) {
    if (field.equals("*")) {
      return Optional.of(EnumSet.allOf(DayOfWeek.class));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : field.split(",")) {
      String[] range = part.split("-", -1);
      if (range.length > 2 || range[0].isEmpty() || range[range.length - 1].isEmpty()) {
        return Optional.empty();
      }
      int from = Integer.parseInt(range[0]);
      int to = Integer.parseInt(range[range.length - 1]);
      if (from > to) {
        return Optional.empty();
      }
      for (int day = from; day <= to; day++) {
        days.add(DayOfWeek.of(day == 0 ? 7 : day));
      }
    }
    return Optional.of(days);
  }

  /** The first digest strictly after {@code after}, at {@link #at} local time in {@code zone}. */
  public Instant next(Instant after, ZoneId zone) {
    LocalDate date = LocalDate.ofInstant(after, zone);
    while (true) {
      if (days.contains(date.getDayOfWeek())) {
        // A time that falls in a spring-forward gap is moved on by the gap, as the clocks were.
        Instant candidate = ZonedDateTime.of(date, at, zone).toInstant();
        if (candidate.isAfter(after)) {
          return candidate;
        }
      }
      date = date.plusDays(1);
    }
  }
}
