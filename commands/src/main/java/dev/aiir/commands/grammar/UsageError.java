package dev.aiir.commands.grammar;

/** A command its author must correct: the message says what is wrong, the usage how to write it. */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String usage;

  UsageError(String message, String usage) {
    super(message, null, false, false);
    this.usage = usage;
  }

  String usage() {
    return usage;
  }
}
