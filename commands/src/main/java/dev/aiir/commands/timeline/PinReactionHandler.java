package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.handling.IncidentCommand;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Pins;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.Optional;

/**
 * A pin reaction added or removed in a channel: it finds the channel's open incident and the
 * message's pin state inside one transaction, and the reaction becomes a timeline entry, once
 * however often it comes.
 */
abstract class PinReactionHandler<C extends IncidentCommand> implements Handler<C> {
  protected final Core core;

  PinReactionHandler(Core core) {
    this.core = core;
  }

  abstract String channelId(C reaction);

  abstract String messageId(C reaction);

  /** What the reaction records, given the message's pin state on the incident's timeline. */
  abstract Reply react(TenantStore tx, C reaction, Incident bound, Pins state);

  @Override
  public final Reply handle(C reaction, CommandContext context) {
    return core.store().inTransaction(context.tenant(), tx -> handle(tx, reaction));
  }

  private Reply handle(TenantStore tx, C reaction) {
    Optional<Incident> incident =
        tx.incidents()
            .findByChannel(channelId(reaction))
            .filter(i -> i.state() != IncidentState.CLOSED);
    if (incident.isEmpty()) {
      return Reply.refusal(PinMessages.noIncident());
    }
    Incident bound = incident.get();
    return react(tx, reaction, bound, Pins.of(messageId(reaction), tx.timeline().of(bound.id())));
  }

  /** Appends the reaction's entry unless its reference is already there. */
  Optional<TimelineEntry> appendOnce(
      TenantStore tx,
      Incident bound,
      Instant at,
      UserRef author,
      EntryKind kind,
      String text,
      String ref) {
    TimelineEntry entry =
        new TimelineEntry(0, at, core.now(), author, EntrySource.REACTION, kind, text, ref);
    return tx.timeline().appendOnce(bound.id(), entry);
  }
}
