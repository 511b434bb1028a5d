package dev.aiir.bot.offline;

/** An export that cannot be drafted from, with a message that says what to change. */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }
}
