package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An incident's id, such as {@code AI-IR-2026-042}: a prefix, the year and a number per year. */
public record IncidentId(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{4}-\\d{3,}");

  public IncidentId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an incident id: " + value);
    }
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
