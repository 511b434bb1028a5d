package dev.aiir.bot.alerts;

/** A body that is not JSON or not the shape its endpoint takes: answered 400, nothing changed. */
final class PayloadProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PayloadProblem(String where, String problem) {
    super(where.isEmpty() ? problem : where + ": " + problem);
  }
}
