package dev.aiir.commands.port;

/**
 * Hears how each command ended, so that the bot can count them (metrics). Called on the command's
 * thread after its transaction: an implementation must be quick and must not throw.
 */
public interface CommandOutcomes {

  /** Nothing counts the commands. */
  CommandOutcomes IGNORED = (command, outcome) -> {};

  /**
   * How a command ended: answered, refused (bad input, not allowed, no such incident), or failed on
   * a fault of ours.
   */
  enum Outcome {
    ANSWERED,
    REFUSED,
    FAILED
  }

  /**
   * @param command the subcommand's name, such as {@code declare}, or {@code invalid} for a line
   *     that did not parse
   */
  void ended(String command, Outcome outcome);
}
