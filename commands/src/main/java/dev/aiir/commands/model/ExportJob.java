package dev.aiir.commands.model;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.Objects;

/**
 * One export claimed from the export outbox: an action item to a tracker, or the PIR to a wiki.
 *
 * @param item the action item's number, or {@link #PIR} for the review
 * @param automatic queued by the bot (at resolution); otherwise someone asked and is answered
 * @param attempts how many tries failed before this one
 */
public record ExportJob(
    long id,
    Tenant tenant,
    IncidentId incident,
    ExportTarget target,
    int item,
    boolean automatic,
    UserRef requestedBy,
    int attempts) {
  public static final int PIR = 0;

  public ExportJob {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(requestedBy, "requestedBy");
  }

  public boolean isPir() {
    return item == PIR;
  }
}
