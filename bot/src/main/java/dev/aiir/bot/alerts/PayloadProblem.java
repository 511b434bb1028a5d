package dev.aiir.bot.alerts;

import java.util.Locale;

/** A body that is not JSON or not the shape its endpoint takes: answered 400, nothing changed. */
final class PayloadProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem, for the metric of refused notifications; the message says the rest. */
  enum Kind {
    NOT_JSON,
    VERSION,
    NO_LABELS,
    INVALID;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;

  PayloadProblem(String where, String problem) {
    this(Kind.INVALID, where, problem);
  }

  PayloadProblem(Kind kind, String where, String problem) {
    super(where.isEmpty() ? problem : where + ": " + problem);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
