package dev.aiir.commands.alert;

import dev.aiir.commands.alert.AlertUnits.Unit;
import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.incident.Declaration;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertStatus;
import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in a notification from monitoring: each alert is routed, and then either opens an incident
 * (or offers one), or is a repeat that adds nothing, or a change of status that its incident
 * records. Each alert is decided in one transaction of its route's tenant, where the store keeps
 * one open record per alert: a second delivery of the same alert, even to another replica at the
 * same moment, finds the first and adds nothing.
 */
public final class AlertIntake {
  private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);
  private final Core core;
  private final Declaration declaration;
  private final AlertUpdates updates;
  private final AlertsInFlight inFlight = new AlertsInFlight();

  public AlertIntake(Core core) {
    this.core = core;
    this.declaration = new Declaration(core);
    this.updates = new AlertUpdates(core);
  }

  public IntakeReport receive(AlertBatch batch) {
    List<Result> results = new ArrayList<>();
    for (Unit unit : AlertUnits.of(batch, core.settings().alerts())) {
      if (unit.route().isEmpty()) {
        LOG.info(
            "{} alert {} ({}) matched no route and there is no default: nothing created",
            batch.source().label(),
            unit.key(),
            unit.alert().title());
        results.add(new Result(unit.key(), Outcome.UNROUTED, Optional.empty()));
      } else {
        results.add(take(unit, unit.route().get(), batch));
      }
    }
    return new IntakeReport(results);
  }

  private Result take(Unit unit, AlertRoute route, AlertBatch batch) {
    AlertRepeats.Read read =
        core.store().reading(route.tenant(), tx -> AlertRepeats.of(tx, unit, batch));
    if (read.repeat().isPresent()) {
      return read.repeat().get();
    }
    if (!read.unseen() || unit.alert().status() != AlertStatus.FIRING) {
      return channelOpened(decided(unit, route, batch, false), route);
    }
    AlertsInFlight.Claim claim = inFlight.claim(route.tenant(), unit.key());
    if (!claim.first()) {
      Optional<Result> first = claim.firstAnswer();
      if (first.isPresent()) {
        // The same firing as the delivery taken in meanwhile: a repeat of it.
        return new Result(unit.key(), Outcome.REPEATED, first.get().incident());
      }
      return channelOpened(decided(unit, route, batch, true), route);
    }
    Taken taken;
    try {
      taken = decided(unit, route, batch, true);
    } catch (RuntimeException | Error e) {
      claim.ended(Optional.empty());
      throw e;
    }
    // Those waiting are answered at the commit, before the incident's channel is opened.
    claim.ended(Optional.of(taken.result()));
    return channelOpened(taken, route);
  }

  /** The delivery decided in a write transaction. */
  private Taken decided(Unit unit, AlertRoute route, AlertBatch batch, boolean first) {
    return core.store()
        .inTransaction(
            route.tenant(),
            tx -> first ? openFirst(tx, unit, route, batch) : decide(tx, unit, route, batch));
  }

  /** After the commit: the declared incident's own channel, if any; the delivery's answer. */
  private Result channelOpened(Taken taken, AlertRoute route) {
    taken.declared().ifPresent(incident -> openChannel(incident, route));
    return taken.result();
  }

  /**
   * A firing alert whose key the read found no record of (a storm's new alerts): opened in one
   * statement where {@link #decide} reads it again first (a declaration's write transaction is what
   * a storm's first alerts queue on); decided as any other when another delivery opened it since.
   */
  private Taken openFirst(TenantStore tx, Unit unit, AlertRoute route, AlertBatch batch) {
    Optional<AlertRecord> opened =
        tx.alerts().openFirst(AlertRecord.opened(unit.key(), unit.alert(), core.now()));
    if (opened.isEmpty()) {
      return decide(tx, unit, route, batch);
    }
    return route.mode() == AlertRoute.Mode.DECLARE
        ? declare(tx, opened.get(), route, batch)
        : offer(tx, opened.get(), route);
  }

  private Taken decide(TenantStore tx, Unit unit, AlertRoute route, AlertBatch batch) {
    Alert alert = unit.alert();
    Optional<AlertRecord> latest = tx.alerts().latest(unit.key());
    if (latest.isPresent() && latest.get().isOpen()) {
      AlertRecord current = updates.closeIfIncidentEnded(tx, latest.get());
      if (current.isOpen()) {
        return updates.apply(tx, current, alert, route, batch);
      }
      latest = Optional.of(current);
    }
    if (alert.status() == AlertStatus.RESOLVED) {
      return Taken.of(unit.key(), Outcome.IGNORED, Optional.empty());
    }
    if (latest.isPresent() && !alert.startsAt().isAfter(latest.get().closedAt())) {
      // The same firing whose incident people already resolved (or whose offer resolved).
      return repeated(unit.key(), latest.get().declared());
    }
    Optional<AlertRecord> opened =
        tx.alerts().open(AlertRecord.opened(unit.key(), alert, core.now()));
    if (opened.isEmpty()) {
      // Another delivery of the same alert (Alertmanager's HA peers) committed it first; the
      // sender is told which incident that one opened.
      return repeated(unit.key(), tx.alerts().latest(unit.key()).flatMap(AlertRecord::declared));
    }
    return route.mode() == AlertRoute.Mode.DECLARE
        ? declare(tx, opened.get(), route, batch)
        : offer(tx, opened.get(), route);
  }

  private static Taken repeated(String key, Optional<IncidentId> incident) {
    return new Taken(new Result(key, Outcome.REPEATED, incident), Optional.empty());
  }

  private Taken declare(TenantStore tx, AlertRecord record, AlertRoute route, AlertBatch batch) {
    Alert alert = record.alert();
    Severity severity = route.severities().of(alert.labels());
    Declaration.Opening opening =
        AlertDeclarations.opening(
            alert, severity, route.channelId(), route.commander(), alert.source().author(), core);
    Declaration.Opened opened = declaration.open(tx, opening);
    Incident incident = opened.incident();
    tx.alerts().update(record.withIncident(incident.id()));
    updates.recordTruncated(tx, incident, batch);
    Message card =
        Declaration.card(incident, opened.channelBound(), AlertMessages.cardLines(alert));
    tx.outbox()
        .enqueue(
            incident.id() + "/alert-declared",
            new Notice(Recipient.channel(route.channelId()), card),
            core.now());
    return new Taken(
        new Result(record.key(), Outcome.DECLARED, Optional.of(incident.id())),
        Optional.of(incident));
  }

  private Taken offer(TenantStore tx, AlertRecord record, AlertRoute route) {
    Severity severity = route.severities().of(record.alert().labels());
    Message offer =
        AlertMessages.offer(record, severity)
            .withChoices(List.of(ChoiceId.alert(record.id()).button()));
    tx.outbox()
        .enqueue(
            "alert-offer/" + record.id(),
            new Notice(Recipient.channel(route.channelId()), offer),
            core.now());
    return Taken.of(record.key(), Outcome.OFFERED, Optional.empty());
  }

  /** After the declaration is committed: its own channel, when incident channels are on. */
  private void openChannel(Incident incident, AlertRoute route) {
    Optional<ChatChannel> channel = declaration.openChannel(incident, route.commander()).channel();
    channel.ifPresent(
        c ->
            core.store()
                .inTransaction(
                    incident.tenant(),
                    tx ->
                        tx.outbox()
                            .enqueue(
                                incident.id() + "/alert-channel",
                                new Notice(
                                    Recipient.channel(route.channelId()),
                                    Message.text(AlertMessages.channelOpened(incident, c.name()))),
                                core.now())));
  }
}
