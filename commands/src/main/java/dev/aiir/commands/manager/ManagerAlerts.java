package dev.aiir.commands.manager;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;

/**
 * Tells a tenant's managers of a SEV-1, declared or upgraded to. The notices are queued in the
 * command's own transaction, so a committed SEV-1 is always announced and a refused one never is;
 * one notice per manager, so one who cannot be reached holds up nobody else.
 */
public final class ManagerAlerts {
  private final Core core;

  public ManagerAlerts(Core core) {
    this.core = core;
  }

  /** After {@code declare}: announces the incident when it is a SEV-1. */
  public void declared(TenantStore tx, Incident incident, Instant now) {
    if (incident.severity() == Severity.SEV1) {
      send(tx, incident, "declared", ManagerMessages.sev1Declared(incident, now), now);
    }
  }

  /** After a severity change: announces a rise to SEV-1, and nothing else. */
  public void severityChanged(TenantStore tx, Incident changed, Severity from, Instant now) {
    if (changed.severity() == Severity.SEV1 && from != Severity.SEV1) {
      send(tx, changed, "upgraded", ManagerMessages.upgradedToSev1(changed, from, now), now);
    }
  }

  private void send(TenantStore tx, Incident incident, String what, Message message, Instant at) {
    for (Recipient to : ManagerRoster.recipients(core, tx)) {
      // The instant keeps a second upgrade (after a downgrade) distinct from the first.
      String key = incident.id() + "/sev1-" + what + "@" + at.toEpochMilli() + " " + to;
      tx.outbox().enqueue(key, new Notice(to, message), at);
    }
  }
}
