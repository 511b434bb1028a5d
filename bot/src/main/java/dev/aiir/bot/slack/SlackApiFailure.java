package dev.aiir.bot.slack;

/**
 * A Web API call that Slack refused or that could not reach Slack. The message names the method and
 * Slack's error code, never a token.
 */
final class SlackApiFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String error;

  SlackApiFailure(String method, String error, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.error = error;
  }

  /** Slack's error code, such as {@code name_taken}, or a short description of the fault. */
  String error() {
    return error;
  }
}
