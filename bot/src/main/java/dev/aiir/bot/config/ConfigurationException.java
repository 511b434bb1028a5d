package dev.aiir.bot.config;

/** A setting the operator must correct before the bot can start. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
