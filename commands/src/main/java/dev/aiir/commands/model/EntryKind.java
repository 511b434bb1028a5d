package dev.aiir.commands.model;

import java.util.Locale;

/** What a timeline entry records; the PIR draft and the status view read it. */
public enum EntryKind {
  ALERT,
  DECLARED,
  ACK,
  SEVERITY,
  NOTE,
  ROLE,
  ROLLBACK,
  ROOT_CAUSE,
  IMPACT,
  RECOVERY,
  ACTION,
  RESOLVED,
  PIR,
  ROLLOUT,
  /** A metric criterion of a rollout phase changed its verdict: met, breached, unknown... */
  GATE,
  PIN,
  UNPIN,
  SYSTEM;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
