package dev.aiir.commands.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time as a person typed it: {@code HH:MM} (the latest such time, today or yesterday, in the
 * team's zone) or ISO-8601, with or without an offset.
 */
public record TimeInput(String text) {
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

  public TimeInput {
    Objects.requireNonNull(text, "text");
  }

  /** Empty when the text is neither {@code HH:MM} nor ISO-8601. */
  public static Optional<TimeInput> parse(String text) {
    TimeInput input = new TimeInput(text.strip());
    return input.toInstant(Instant.EPOCH, ZoneId.of("UTC")).isPresent()
        ? Optional.of(input)
        : Optional.empty();
  }

  /**
   * The instant meant, read at {@code now}: a bare clock time is the latest one not after now, so
   * {@code 23:50} typed at 00:10 means yesterday.
   */
  public Optional<Instant> toInstant(Instant now, ZoneId zone) {
    if (CLOCK.matcher(text).matches()) {
      LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
      ZonedDateTime today = ZonedDateTime.of(LocalDate.ofInstant(now, zone), time, zone);
      Instant candidate = today.toInstant();
      return Optional.of(candidate.isAfter(now) ? today.minusDays(1).toInstant() : candidate);
    }
    return iso(zone);
  }

  private Optional<Instant> iso(ZoneId zone) {
    String normalised = text.replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(normalised).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(normalised).atZone(zone).toInstant());
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }
}
