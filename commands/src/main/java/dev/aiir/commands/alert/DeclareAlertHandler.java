package dev.aiir.commands.alert;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.incident.ChannelOutcome;
import dev.aiir.commands.incident.Declaration;
import dev.aiir.commands.model.AlertRecord;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.SeverityMap;
import dev.aiir.commands.port.TenantStore;
import java.util.List;
import java.util.Optional;

/**
 * The Declare button under an offered alert: declares the incident as a typed {@code declare}
 * would, with the presser as commander and the alert's start as its detection. Once: a second press
 * (or a press on an alert that resolved before anyone declared it) is refused, naming why.
 */
public final class DeclareAlertHandler implements Handler<DeclareAlert> {
  private final Core core;
  private final Declaration declaration;

  public DeclareAlertHandler(Core core) {
    this.core = core;
    this.declaration = new Declaration(core);
  }

  /** The refusal, or the declared incident and the alert it came from. */
  private record Outcome(Optional<String> refusal, Declaration.Opened opened, AlertRecord alert) {}

  @Override
  public Reply handle(DeclareAlert command, CommandContext context) {
    Outcome outcome =
        core.store().inTransaction(context.tenant(), tx -> declare(tx, command.alertId(), context));
    if (outcome.refusal().isPresent()) {
      return Reply.refusal(outcome.refusal().get());
    }
    List<String> notes = AlertMessages.cardLines(outcome.alert().alert());
    Declaration.Opened opened = outcome.opened();
    if (!core.settings().incidentChannels()) {
      return Reply.toChannel(Declaration.card(opened.incident(), opened.channelBound(), notes));
    }
    ChannelOutcome channel =
        declaration.openChannel(opened.incident(), Optional.of(context.user()));
    List<String> lines = new java.util.ArrayList<>(channel.notes());
    lines.addAll(notes);
    boolean bound = channel.channel().isPresent() || opened.channelBound();
    return Reply.toChannel(Declaration.card(opened.incident(), bound, lines));
  }

  private Outcome declare(TenantStore tx, long id, CommandContext context) {
    Optional<AlertRecord> found = tx.alerts().find(id);
    if (found.isEmpty()) {
      return refused(AlertMessages.unknownOffer());
    }
    AlertRecord record = found.get();
    if (record.incident() != null) {
      return refused(AlertMessages.alreadyDeclared(record));
    }
    if (!record.isOpen()) {
      return refused(AlertMessages.offerClosed(record));
    }
    // The route as configured now: the severity follows the current mapping.
    Severity severity =
        core.settings()
            .alerts()
            .route(record.labels())
            .map(AlertRoute::severities)
            .orElse(SeverityMap.standard())
            .of(record.labels());
    Declaration.Opened opened =
        declaration.open(
            tx,
            AlertDeclarations.opening(
                record.alert(),
                severity,
                context.channelId(),
                Optional.of(context.user()),
                context.user(),
                core));
    tx.alerts().update(record.withIncident(opened.incident().id()));
    return new Outcome(Optional.empty(), opened, record);
  }

  private static Outcome refused(String why) {
    return new Outcome(Optional.of(why), null, null);
  }
}
