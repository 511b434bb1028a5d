package dev.aiir.commands.handling;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.Optional;

/**
 * A handler of a command about one incident: it finds the incident (by {@code --id}, or the one
 * bound to the channel) inside one transaction and refuses politely when there is none, or when the
 * guard given beside the command says it no longer applies.
 */
public abstract class IncidentHandler<C extends TargetedCommand> implements Handler<C> {
  protected final Core core;

  protected IncidentHandler(Core core) {
    this.core = core;
  }

  @Override
  public final Reply handle(C command, CommandContext context) {
    return handle(command, context, IncidentGuard.NONE);
  }

  @Override
  public final Reply handle(C command, CommandContext context, IncidentGuard guard) {
    return core.store()
        .inTransaction(
            context.tenant(),
            tx -> {
              Optional<Incident> incident = IncidentLookup.find(tx, command, context);
              if (incident.isEmpty()) {
                return Reply.refusal(HandlingMessages.notFound(command.target()));
              }
              Optional<String> outdated = guard.refusal(tx, incident.get());
              if (outdated.isPresent()) {
                return Reply.refusal(outdated.get());
              }
              return handle(command, context, tx, incident.get());
            });
  }

  protected abstract Reply handle(
      C command, CommandContext context, TenantStore tx, Incident incident);

  /** Appends an entry written now by the command's author. */
  protected TimelineEntry record(
      TenantStore tx, Incident incident, CommandContext context, EntryKind kind, String text) {
    return recordAt(tx, incident, context, core.now(), kind, text);
  }

  /** Appends an entry about something that happened at {@code at}. */
  protected TimelineEntry recordAt(
      TenantStore tx,
      Incident incident,
      CommandContext context,
      Instant at,
      EntryKind kind,
      String text) {
    return tx.timeline()
        .append(incident.id(), TimelineEntry.byCommand(at, core.now(), context.user(), kind, text));
  }

  /**
   * A refusal when the incident is closed, or when the author may not {@code action} it: only its
   * commander and incident admins resolve, change severity, promote or halt, complete the PIR.
   */
  protected static Optional<Reply> refuseUnlessOpenAndManaged(
      Incident incident, CommandContext context, String action) {
    return refuseIfClosed(incident).or(() -> Permissions.requireManager(incident, context, action));
  }

  /** A refusal when the incident is closed and its record may no longer change. */
  protected static Optional<Reply> refuseIfClosed(Incident incident) {
    return incident.state() == IncidentState.CLOSED
        ? Optional.of(Reply.refusal(HandlingMessages.closed(incident)))
        : Optional.empty();
  }
}
