package dev.aiir.commands.alert;

import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.incident.IncidentMessages;
import dev.aiir.commands.incident.IncidentResolution;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a delivery of an alert already taken in does: nothing when it repeats what the bot knows;
 * one timeline entry when its status changed (resolved, or firing again), with a word to the
 * incident's commander, or the incident resolved when the route says so.
 */
final class AlertUpdates {
  private final Core core;

  AlertUpdates(Core core) {
    this.core = core;
  }

  /**
   * The open record as it stands: closed (at its incident's resolution) when people have resolved
   * or closed the incident since, so that the alert firing later opens a new one.
   */
  AlertRecord closeIfIncidentEnded(TenantStore tx, AlertRecord open) {
    if (open.incident() == null) {
      return open;
    }
    Optional<Incident> incident = tx.incidents().find(open.incident());
    if (incident.isPresent() && incident.get().state().isActive()) {
      return open;
    }
    Instant at = incident.map(Incident::resolvedAt).filter(Objects::nonNull).orElseGet(core::now);
    AlertRecord closed = open.closed(at);
    tx.alerts().update(closed);
    return closed;
  }

  /** A delivery of the open record's alert. */
  Taken apply(TenantStore tx, AlertRecord open, Alert alert, AlertRoute route, AlertBatch batch) {
    Optional<Incident> incident = open.declared().flatMap(tx.incidents()::find);
    incident.ifPresent(i -> recordTruncated(tx, i, batch));
    // Only a change of status counts: a source's repeats carry the same status (and start).
    boolean firingAgain =
        alert.status() == AlertStatus.FIRING && open.status() == AlertStatus.RESOLVED;
    boolean resolved =
        alert.status() == AlertStatus.RESOLVED && open.status() == AlertStatus.FIRING;
    if (!firingAgain && !resolved) {
      return Taken.of(open.key(), Outcome.REPEATED, incident);
    }
    AlertRecord changed = open.withStatus(alert.status(), alert.statusAt());
    tx.alerts().update(changed);
    if (incident.isEmpty()) {
      return offerChanged(tx, changed, alert, route);
    }
    if (resolved) {
      return resolved(tx, changed, incident.get(), alert, route);
    }
    append(tx, incident.get(), alert, alert.startsAt(), EntryKind.ALERT);
    notify(
        tx,
        incident.get(),
        route,
        "alert-firing/" + changed.id() + "@" + alert.startsAt().toEpochMilli(),
        AlertMessages.firingAgainNotice(incident.get(), alert, alert.startsAt()));
    return Taken.of(open.key(), Outcome.UPDATED, incident);
  }

  private Taken resolved(
      TenantStore tx, AlertRecord changed, Incident incident, Alert alert, AlertRoute route) {
    Instant at = alert.statusAt();
    append(tx, incident, alert, at, EntryKind.SYSTEM);
    String key = "alert-resolved/" + changed.id() + "@" + at.toEpochMilli();
    if (!route.autoResolve()) {
      notify(tx, incident, route, key, AlertMessages.resolvedNudge(incident, alert, at));
      return Taken.of(changed.key(), Outcome.UPDATED, Optional.of(incident));
    }
    Incident done =
        IncidentResolution.resolve(
            core,
            tx,
            incident,
            alert.source().author(),
            EntrySource.ALERT,
            AlertMessages.autoResolvedSummary(alert));
    tx.alerts().update(changed.closed(core.now()));
    notify(tx, done, route, key, IncidentMessages.resolvedReply(done));
    return Taken.of(changed.key(), Outcome.UPDATED, Optional.of(incident));
  }

  /** An offered alert resolved before anyone declared it: the offer closes, and says so. */
  private Taken offerChanged(TenantStore tx, AlertRecord changed, Alert alert, AlertRoute route) {
    if (alert.status() != AlertStatus.RESOLVED) {
      return Taken.of(changed.key(), Outcome.REPEATED, Optional.empty());
    }
    tx.alerts().update(changed.closed(alert.statusAt()));
    tx.outbox()
        .enqueue(
            "alert-offer/" + changed.id() + "/resolved",
            new Notice(
                Recipient.channel(route.channelId()),
                Message.text(AlertMessages.offerResolved(alert, alert.statusAt()))),
            core.now());
    return Taken.of(changed.key(), Outcome.UPDATED, Optional.empty());
  }

  /**
   * Says on the timeline, once per count, that the source left alerts of the group out of its
   * notification.
   */
  void recordTruncated(TenantStore tx, Incident incident, AlertBatch batch) {
    if (batch.truncated() == 0) {
      return;
    }
    String ref =
        "truncated/" + batch.source().key() + "/" + batch.groupKey() + "/" + batch.truncated();
    Instant now = core.now();
    tx.timeline()
        .appendOnce(
            incident.id(),
            new TimelineEntry(
                0,
                now,
                now,
                batch.source().author(),
                EntrySource.ALERT,
                EntryKind.SYSTEM,
                AlertMessages.truncatedEntry(
                    batch.source(), batch.truncated(), batch.externalUrl()),
                ref));
  }

  /** The alert's change on the timeline, at the time it happened. */
  private void append(TenantStore tx, Incident incident, Alert alert, Instant at, EntryKind kind) {
    String text =
        kind == EntryKind.ALERT
            ? AlertMessages.firingAgainEntry(alert)
            : AlertMessages.resolvedEntry(alert);
    tx.timeline()
        .append(
            incident.id(),
            new TimelineEntry(
                0, at, core.now(), alert.source().author(), EntrySource.ALERT, kind, text, null));
  }

  /** To the incident's channel, or its commander when it has none, else the route's channel. */
  private void notify(
      TenantStore tx, Incident incident, AlertRoute route, String key, String text) {
    List<Recipient> to = Recipient.of(incident);
    if (to.isEmpty()) {
      to = List.of(Recipient.channel(route.channelId()));
    }
    for (Recipient recipient : to) {
      tx.outbox()
          .enqueue(
              incident.id() + "/" + key + " " + recipient,
              new Notice(recipient, Message.text(text)),
              core.now());
    }
  }
}
