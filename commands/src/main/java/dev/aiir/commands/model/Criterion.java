package dev.aiir.commands.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * One metric exit criterion of a rollout phase: a PromQL query whose value must satisfy a
 * comparison with a threshold, checked every {@code every}; it is met once it has held for {@code
 * holdFor}, and breached after {@code failures} failing checks in a row. Read from text by {@link
 * CriterionText}.
 *
 * @param query the PromQL query, with placeholders such as {@code $model} (see {@link MetricQuery})
 */
public record Criterion(
    String query,
    Comparison comparison,
    double threshold,
    Duration holdFor,
    Duration every,
    int failures) {
  public static final Duration DEFAULT_HOLD_FOR = Duration.ZERO;
  public static final Duration DEFAULT_EVERY = Duration.ofMinutes(1);
  public static final int DEFAULT_FAILURES = 3;
  public static final Duration SHORTEST_EVERY = Duration.ofSeconds(10);
  public static final Duration LONGEST = Duration.ofDays(7);
  public static final int MOST_FAILURES = 1000;

  public Criterion {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(holdFor, "holdFor");
    Objects.requireNonNull(every, "every");
    query = query == null ? "" : query.strip();
    MetricQuery.problem(query)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold must be a finite number");
    }
    if (holdFor.isNegative() || holdFor.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("--for is from 0s to 7d");
    }
    if (every.compareTo(SHORTEST_EVERY) < 0 || every.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("--every is from 10s to 7d");
    }
    if (failures < 1 || failures > MOST_FAILURES) {
      throw new IllegalArgumentException("--failures is a whole number from 1 to 1000");
    }
  }

  /** A criterion checked every minute, met at once, breached after three failing checks. */
  public static Criterion of(String query, Comparison comparison, double threshold) {
    return new Criterion(
        query, comparison, threshold, DEFAULT_HOLD_FOR, DEFAULT_EVERY, DEFAULT_FAILURES);
  }

  /**
   * Its first check strictly after {@code after}, on its grid: every {@code every} from the moment
   * its phase was entered ({@code from}).
   */
  public java.time.Instant nextCheck(java.time.Instant from, java.time.Instant after) {
    long step = every.toMillis();
    long elapsed = Math.max(0, Duration.between(from, after).toMillis());
    return from.plusMillis((elapsed / step + 1) * step);
  }

  /** {@code error_ratio < 0.01}: the comparison as written. */
  public String check() {
    return query + " " + comparison.symbol() + " " + number(threshold);
  }

  /**
   * The whole criterion in one line, {@code error_ratio < 0.01 for 30m every 1m failures 3}: how
   * messages name it, and the identity of its evaluations (changing any part starts them afresh).
   */
  public String text() {
    return check()
        + " for "
        + Durations.compact(holdFor)
        + " every "
        + Durations.compact(every)
        + " failures "
        + failures;
  }

  /** A value as the bot writes it: {@code 0.8}, {@code 12}, {@code 0.0001}. */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.length() > 12 ? String.format(java.util.Locale.ROOT, "%.6g", value) : plain;
  }
}
