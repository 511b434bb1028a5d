package dev.aiir.commands.handling;

/**
 * A parsed {@code /incident} subcommand: a value made by the text grammar or by a platform's typed
 * options (Discord), handled the same way whichever made it.
 */
public interface IncidentCommand {
  /**
   * Whether the command may take longer than a platform waits for an answer (it reads a channel's
   * history or uploads a file), so platforms acknowledge it first and answer it later.
   */
  default boolean slow() {
    return false;
  }
}
