package dev.aiir.commands.talk;

/** The kinds of message a PIR draft takes from a channel's history. */
public enum KeyEvent {
  /** The first alert from a bot or integration; failing that, the first report of the symptom. */
  DETECTION,
  /** A later, different alert firing. */
  ALERT,
  /** A bot's notice that an alert recovered. */
  ALERT_RESOLVED,
  /** Someone takes the incident: on-call confirms, or command is handed over. */
  ACKNOWLEDGEMENT,
  SEVERITY,
  /** Something done to limit the harm: a rollback, failover, kill switch, pin, quarantine... */
  MITIGATION,
  ROOT_CAUSE,
  IMPACT,
  /** Customers or the public told: status page, email, banner, support macro. */
  CUSTOMER_COMMS,
  RESOLUTION,
  REOPEN,
  /** A message the team pinned: taken as written, whatever it says. */
  PINNED,
  /** One of the bot's own messages about this incident. */
  BOT_ENTRY
}
