package dev.aiir.commands.model;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long an incident of each severity may go without a timeline entry before its commander is
 * asked for a status update; a severity not listed is never nudged.
 */
public record NudgeCadences(Map<Severity, Duration> bySeverity) {
  public NudgeCadences {
    bySeverity = Map.copyOf(bySeverity);
    bySeverity.values().forEach(NudgeCadences::requirePositive);
  }

  /** SEV-1 every 30 minutes, SEV-2 every hour, SEV-3 every 4 hours, SEV-4 never. */
  public static NudgeCadences standard() {
    Map<Severity, Duration> cadences = new EnumMap<>(Severity.class);
    cadences.put(Severity.SEV1, Duration.ofMinutes(30));
    cadences.put(Severity.SEV2, Duration.ofHours(1));
    cadences.put(Severity.SEV3, Duration.ofHours(4));
    return new NudgeCadences(cadences);
  }

  /** No nudges at all. */
  public static NudgeCadences none() {
    return new NudgeCadences(Map.of());
  }

  public Optional<Duration> of(Severity severity) {
    return Optional.ofNullable(bySeverity.get(severity));
  }

  /** The same cadences with {@code severity}'s replaced (or removed, when empty). */
  public NudgeCadences with(Severity severity, Optional<Duration> cadence) {
    Map<Severity, Duration> changed = new EnumMap<>(Severity.class);
    changed.putAll(bySeverity);
    cadence.ifPresentOrElse(c -> changed.put(severity, c), () -> changed.remove(severity));
    return new NudgeCadences(changed);
  }

  private static void requirePositive(Duration cadence) {
    if (cadence.isNegative() || cadence.isZero()) {
      throw new IllegalArgumentException("a nudge cadence must be positive: " + cadence);
    }
  }
}
