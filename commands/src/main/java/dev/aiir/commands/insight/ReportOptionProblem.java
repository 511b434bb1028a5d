package dev.aiir.commands.insight;

/** A report's option cannot be read; the message says what to type instead. */
public final class ReportOptionProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ReportOptionProblem(String message) {
    super(message);
  }
}
