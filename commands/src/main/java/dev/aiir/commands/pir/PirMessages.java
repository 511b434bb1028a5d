package dev.aiir.commands.pir;

/** The words of the review commands. */
final class PirMessages {
  private PirMessages() {}

  static String historyUnreadable() {
    return "(The channel's history could not be read just now, so this draft holds the recorded"
        + " timeline only. Try again in a minute.)";
  }

  static String historyOutOfReach(String howToInvite) {
    return "(This draft holds the recorded timeline only: " + howToInvite + ")";
  }
}
