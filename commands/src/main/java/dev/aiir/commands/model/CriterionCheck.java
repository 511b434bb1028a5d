package dev.aiir.commands.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The latest check of one criterion in a phase run, and what the checks so far add up to.
 *
 * @param criterion the criterion's {@link Criterion#text()}: checks of a changed criterion start
 *     afresh
 * @param value the worst series' value; NaN when it could not be evaluated
 * @param detail the worst series' labels (empty for one series), or why it could not be evaluated
 * @param holdingSince since when it has held without a break; null unless it holds now
 * @param failures failing checks in a row (a check that could not be evaluated neither adds nor
 *     resets)
 */
public record CriterionCheck(
    String criterion,
    Reading reading,
    double value,
    String detail,
    Instant checkedAt,
    Instant holdingSince,
    int failures,
    Verdict verdict) {

  /** What one check found. */
  public enum Reading {
    HOLDS,
    FAILS,
    UNKNOWN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where the criterion stands after its checks so far. */
  public enum Verdict {
    /** Holding, but not yet for long enough; or failing, but not yet often enough. */
    WAITING,
    /** Held for its hold duration. */
    MET,
    /** Failed its failure limit's number of checks in a row. */
    BREACHED,
    /** The latest check could not be evaluated (no data, NaN, an error, Prometheus down). */
    UNKNOWN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CriterionCheck {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(verdict, "verdict");
    detail = detail == null ? "" : detail;
  }
}
