package dev.aiir.commands.pir;

/** The kinds of message a PIR draft takes from a channel's history. */
public enum KeyEvent {
  ALERT,
  ALERT_RESOLVED,
  ON_CALL,
  SEVERITY,
  ROLLBACK,
  MITIGATION,
  DEPLOY,
  ROOT_CAUSE,
  RESOLUTION,
  /** A message the team pinned: taken as written, whatever it says. */
  PINNED,
  /** One of the bot's own messages about this incident. */
  BOT_ENTRY
}
