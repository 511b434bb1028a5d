package dev.aiir.commands.port;

/**
 * The platform answers commands from this workspace but the bot is not inside it (a Discord server
 * that installed the app's commands only): history, pins and channels are out of reach until
 * someone invites the bot. The message is for the people in the channel: it says how.
 */
public final class NotInWorkspace extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotInWorkspace(String howToInvite) {
    super(howToInvite);
  }
}
