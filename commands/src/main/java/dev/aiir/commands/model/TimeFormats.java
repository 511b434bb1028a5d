package dev.aiir.commands.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How times and durations read in every message and in the PIR: UTC, to the minute. */
public final class TimeFormats {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_CLOCK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TimeFormats() {}

  /** {@code 14:23 UTC}. */
  public static String clock(Instant at) {
    return CLOCK.format(at) + " UTC";
  }

  /** {@code 2026-03-12 14:23 UTC}. */
  public static String dateTime(Instant at) {
    return DATE_CLOCK.format(at) + " UTC";
  }

  /** {@code 6 hours}, {@code 4 hours 42 minutes}, {@code 1 day 3 hours}, {@code 0 minutes}. */
  public static String words(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(unit(days, "day"));
    }
    if (hours > 0) {
      parts.add(unit(hours, "hour"));
    }
    if (rest > 0 || parts.isEmpty()) {
      parts.add(unit(rest, "minute"));
    }
    return String.join(" ", parts);
  }

  private static String unit(long count, String name) {
    return count + " " + name + (count == 1 ? "" : "s");
  }
}
