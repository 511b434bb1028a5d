package dev.aiir.bot.discord;

/** A request to Discord failed or timed out: an infrastructure fault, retried by whoever asked. */
public final class DiscordUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DiscordUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
