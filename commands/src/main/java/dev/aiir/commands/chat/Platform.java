package dev.aiir.commands.chat;

/** The chat platforms aiir talks through; each workspace or guild of one is a tenant. */
public enum Platform {
  CONSOLE,
  SLACK,
  DISCORD;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
