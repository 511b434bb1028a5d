package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An incident's id, such as {@code AI-IR-2026-042}: a prefix, the year and a number per year. */
public record IncidentId(String value) {
  static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{4}-\\d{3,}");

  public IncidentId {
    Objects.requireNonNull(value, "value");
    if (!hasShape(value)) {
      throw new IllegalArgumentException("not an incident id: " + value);
    }
  }

  /**
   * Whether {@code value} matches {@link #SHAPE}, checked without a regex: every id read back from
   * the store is checked, and reconciliation reads tens of thousands. Split at dashes: a letter and
   * letters or digits, more such segments, four digits, then three or more.
   */
  static boolean hasShape(String value) {
    int last = value.lastIndexOf('-');
    int year = last < 0 ? -1 : value.lastIndexOf('-', last - 1);
    if (year < 1 || last - year != 5 || value.length() - last < 4) {
      return false;
    }
    if (!digits(value, year + 1, last) || !digits(value, last + 1, value.length())) {
      return false;
    }
    char first = value.charAt(0);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    boolean segmentStart = false;
    for (int i = 1; i < year; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (segmentStart) {
          return false;
        }
        segmentStart = true;
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        segmentStart = false;
      } else {
        return false;
      }
    }
    return !segmentStart;
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public static IncidentId of(String prefix, int year, int number) {
    return new IncidentId(String.format(Locale.ROOT, "%s-%04d-%03d", prefix, year, number));
  }

  /** Reads what a person typed: case does not matter. Empty when it is not an id's shape. */
  public static java.util.Optional<IncidentId> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    return SHAPE.matcher(upper).matches()
        ? java.util.Optional.of(new IncidentId(upper))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
