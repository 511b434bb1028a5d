package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Pins;
import dev.aiir.commands.port.TenantStore;

/** Adds a pinned message to the timeline of the channel's incident, once however often it comes. */
public final class PinMessageHandler extends PinReactionHandler<PinMessage> {
  public PinMessageHandler(Core core) {
    super(core);
  }

  @Override
  String channelId(PinMessage pin) {
    return pin.channelId();
  }

  @Override
  String messageId(PinMessage pin) {
    return pin.messageId();
  }

  @Override
  Reply react(TenantStore tx, PinMessage pin, Incident bound, Pins state) {
    if (state.isPinned()) {
      return Reply.refusal(PinMessages.alreadyPinned(bound));
    }
    return appendOnce(
            tx,
            bound,
            pin.messageAt(),
            pin.messageAuthor(),
            EntryKind.PIN,
            pin.text(),
            state.nextPinRef())
        .map(stored -> Reply.toChannel(PinMessages.pinned(bound, stored)))
        .orElseGet(() -> Reply.refusal(PinMessages.alreadyPinned(bound)));
  }
}
