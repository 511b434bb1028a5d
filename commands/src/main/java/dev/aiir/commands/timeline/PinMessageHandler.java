package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Pins;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/** Adds a pinned message to the timeline of the channel's incident, once however often it comes. */
public final class PinMessageHandler implements Handler<PinMessage> {
  private final Core core;

  public PinMessageHandler(Core core) {
    this.core = core;
  }

  @Override
  public Reply handle(PinMessage pin, CommandContext context) {
    return core.store().inTransaction(context.tenant(), tx -> pin(tx, pin));
  }

  private Reply pin(TenantStore tx, PinMessage pin) {
    Optional<Incident> incident =
        tx.incidents()
            .findByChannel(pin.channelId())
            .filter(i -> i.state() != IncidentState.CLOSED);
    if (incident.isEmpty()) {
      return Reply.refusal(PinMessages.noIncident());
    }
    Incident bound = incident.get();
    Pins state = Pins.of(pin.messageId(), tx.timeline().of(bound.id()));
    if (state.isPinned()) {
      return Reply.refusal(PinMessages.alreadyPinned(bound));
    }
    TimelineEntry entry =
        new TimelineEntry(
            0,
            pin.messageAt(),
            core.now(),
            pin.messageAuthor(),
            EntrySource.REACTION,
            EntryKind.PIN,
            pin.text(),
            state.nextPinRef());
    return tx.timeline()
        .appendOnce(bound.id(), entry)
        .map(stored -> Reply.toChannel(PinMessages.pinned(bound, stored)))
        .orElseGet(() -> Reply.refusal(PinMessages.alreadyPinned(bound)));
  }
}
