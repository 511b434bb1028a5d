package dev.aiir.commands.grammar;

/**
 * An option value its author must correct; the message says how, in the grammar's words. It is
 * answered as a refusal, so it carries no stack trace.
 */
public final class OptionProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OptionProblem(String message) {
    super(message, null, false, false);
  }
}
