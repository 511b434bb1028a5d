package dev.aiir.commands.model;

import java.util.Locale;
import java.util.Optional;

/** SEV-1 is the worst, SEV-4 the mildest. */
public enum Severity {
  SEV1(1),
  SEV2(2),
  SEV3(3),
  SEV4(4);

  private final int level;

  Severity(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }

  public String label() {
    return "SEV-" + level;
  }

  public boolean isWorseThan(Severity other) {
    return level < other.level;
  }

  public static Severity ofLevel(int level) {
    for (Severity severity : values()) {
      if (severity.level == level) {
        return severity;
      }
    }
    throw new IllegalArgumentException("no severity " + level);
  }

  /** Accepts {@code 2}, {@code SEV-2}, {@code sev2}. */
  public static Optional<Severity> parse(String text) {
    String digits = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^SEV-?", "");
    if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '4') {
      return Optional.of(ofLevel(digits.charAt(0) - '0'));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label();
  }
}
