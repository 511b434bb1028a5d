package dev.aiir.commands.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One point of the PIR's reminder schedule: 48, 24 and 4 hours before the deadline, then an overdue
 * notice at the deadline and every day after it ({@code overdue-0}, {@code overdue-1}, ...). Points
 * are ordered; each one holds until the next, so after downtime only the current one is sent.
 *
 * @param index 0-2 for the hours left, 3 + n for the n-th overdue notice
 */
public record PirReminder(int index) {
  /** How every reminder's mark on the timeline ({@link #sourceRef}) begins. */
  public static final String SOURCE_PREFIX = "pir-reminder:";

  private static final long[] HOURS_LEFT = {48, 24, 4};
  private static final Pattern OVERDUE = Pattern.compile("overdue-(\\d{1,4})");

  public static PirReminder first() {
    return new PirReminder(0);
  }

  /** The reminder that holds at {@code now}: the latest point not after it (the first before). */
  public static PirReminder current(Instant due, Instant now) {
    PirReminder point = first();
    while (!point.next().at(due).isAfter(now)) {
      point = point.next();
    }
    return point;
  }

  public static Optional<PirReminder> ofKey(String key) {
    for (int i = 0; i < HOURS_LEFT.length; i++) {
      if (key.equals(HOURS_LEFT[i] + "h")) {
        return Optional.of(new PirReminder(i));
      }
    }
    Matcher overdue = OVERDUE.matcher(key);
    return overdue.matches()
        ? Optional.of(new PirReminder(HOURS_LEFT.length + Integer.parseInt(overdue.group(1))))
        : Optional.empty();
  }

  public String key() {
    return isOverdue() ? "overdue-" + daysOverdue() : HOURS_LEFT[index] + "h";
  }

  public boolean isOverdue() {
    return index >= HOURS_LEFT.length;
  }

  public long daysOverdue() {
    return index - HOURS_LEFT.length;
  }

  public Duration left() {
    return Duration.ofHours(HOURS_LEFT[index]);
  }

  public PirReminder next() {
    return new PirReminder(index + 1);
  }

  public Instant at(Instant due) {
    return isOverdue() ? due.plus(Duration.ofDays(daysOverdue())) : due.minus(left());
  }

  /** Whether this point still holds at {@code now}: the next one has not come yet. */
  public boolean holdsAt(Instant due, Instant now) {
    return now.isBefore(next().at(due));
  }

  /** The timeline's mark that this reminder went out, so it never goes out twice. */
  public String sourceRef() {
    return SOURCE_PREFIX + key();
  }
}
