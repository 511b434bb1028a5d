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
import java.util.List;
import java.util.Optional;

/** Records that a pin was removed; the pinned entry stays, and the PIR draft leaves it out. */
public final class UnpinMessageHandler implements Handler<UnpinMessage> {
  private final Core core;

  public UnpinMessageHandler(Core core) {
    this.core = core;
  }

  @Override
  public Reply handle(UnpinMessage unpin, CommandContext context) {
    return core.store().inTransaction(context.tenant(), tx -> unpin(tx, unpin));
  }

  private Reply unpin(TenantStore tx, UnpinMessage unpin) {
    Optional<Incident> incident =
        tx.incidents()
            .findByChannel(unpin.channelId())
            .filter(i -> i.state() != IncidentState.CLOSED);
    if (incident.isEmpty()) {
      return Reply.refusal(PinMessages.noIncident());
    }
    Incident bound = incident.get();
    List<TimelineEntry> timeline = tx.timeline().of(bound.id());
    Pins state = Pins.of(unpin.messageId(), timeline);
    if (!state.isPinned()) {
      return Reply.refusal(PinMessages.notPinned(bound));
    }
    TimelineEntry entry =
        new TimelineEntry(
            0,
            core.now(),
            core.now(),
            unpin.unpinnedBy(),
            EntrySource.REACTION,
            EntryKind.UNPIN,
            PinMessages.unpinnedEntry(unpin.unpinnedBy()),
            state.nextUnpinRef());
    return tx.timeline()
        .appendOnce(bound.id(), entry)
        .map(stored -> Reply.toChannel(bound.id() + ": " + stored.text()))
        .orElseGet(() -> Reply.refusal(PinMessages.notPinned(bound)));
  }
}
