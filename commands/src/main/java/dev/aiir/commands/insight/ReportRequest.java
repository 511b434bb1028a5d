package dev.aiir.commands.insight;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ReportFilter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's options as typed, in chat or on the command line, read into a filter with the team's
 * zone and the time now. {@code since} and {@code until} each take a span back from now ({@code
 * 30d}, {@code 12w}, {@code 6h}), a date ({@code 2026-01-01}: a whole day in the team's zone, both
 * ends included) or a time ({@code 2026-01-01T09:00}, in the team's zone unless it has an offset).
 * By default a report covers the last 30 days up to now.
 */
public record ReportRequest(
    Optional<String> since,
    Optional<String> until,
    List<String> severities,
    Optional<String> model) {
  public static final String DEFAULT_SINCE = "30d";
  private static final Pattern SPAN = Pattern.compile("(\\d{1,5})\\s*([hdw])");

  public ReportRequest {
    since = since.map(String::strip).filter(s -> !s.isEmpty());
    until = until.map(String::strip).filter(s -> !s.isEmpty());
    severities = List.copyOf(severities);
    model = model.map(String::strip).filter(s -> !s.isEmpty());
  }

  public static ReportRequest defaults() {
    return new ReportRequest(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** The filter these options mean now, in {@code zone}, over {@code tenant} or every tenant. */
  public ReportFilter filter(ZoneId zone, Instant now, Optional<Tenant> tenant) {
    Instant from = point(since.orElse(DEFAULT_SINCE), "--since", zone, now, false);
    Instant to = until.map(u -> point(u, "--until", zone, now, true)).orElse(now);
    if (!from.isBefore(to)) {
      throw new ReportOptionProblem(
          "--since must come before --until: the report would cover nothing.");
    }
    return new ReportFilter(from, to, chosenSeverities(), model, tenant);
  }

  private Set<Severity> chosenSeverities() {
    Set<Severity> chosen = EnumSet.noneOf(Severity.class);
    for (String item : severities) {
      for (String word : item.split(",")) {
        if (!word.isBlank()) {
          chosen.add(
              Severity.parse(word)
                  .orElseThrow(
                      () ->
                          new ReportOptionProblem(
                              "--severity takes 1 to 4 (or SEV-1 to SEV-4, several with commas),"
                                  + " not '"
                                  + word.strip()
                                  + "'.")));
        }
      }
    }
    return chosen;
  }

  /** A point in time; a date as {@code --until} means the end of that day, so it is included. */
  private static Instant point(String text, String option, ZoneId zone, Instant now, boolean end) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("now")) {
      return now;
    }
    Matcher span = SPAN.matcher(t);
    if (span.matches()) {
      long count = Long.parseLong(span.group(1));
      Duration unit =
          switch (span.group(2)) {
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return now.minus(unit.multipliedBy(count));
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    } catch (DateTimeException notADate) {
      // try the next shape
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeException notAnOffsetTime) {
      // try the next shape
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    } catch (DateTimeException notALocalTime) {
      throw new ReportOptionProblem(
          option
              + " takes a span back from now (30d, 12w, 6h), a date (2026-01-01) or a time"
              + " (2026-01-01T09:00), not '"
              + text.strip()
              + "'.");
    }
  }
}
