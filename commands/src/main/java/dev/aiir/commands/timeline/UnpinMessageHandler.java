package dev.aiir.commands.timeline;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Pins;
import dev.aiir.commands.port.TenantStore;

/** Records that a pin was removed; the pinned entry stays, and the PIR draft leaves it out. */
public final class UnpinMessageHandler extends PinReactionHandler<UnpinMessage> {
  public UnpinMessageHandler(Core core) {
    super(core);
  }

  @Override
  String channelId(UnpinMessage unpin) {
    return unpin.channelId();
  }

  @Override
  String messageId(UnpinMessage unpin) {
    return unpin.messageId();
  }

  @Override
  Reply react(TenantStore tx, UnpinMessage unpin, Incident bound, Pins state) {
    if (!state.isPinned()) {
      return Reply.refusal(PinMessages.notPinned(bound));
    }
    return appendOnce(
            tx,
            bound,
            core.now(),
            unpin.unpinnedBy(),
            EntryKind.UNPIN,
            PinMessages.unpinnedEntry(unpin.unpinnedBy()),
            state.nextUnpinRef())
        .map(stored -> Reply.toChannel(bound.id() + ": " + stored.text()))
        .orElseGet(() -> Reply.refusal(PinMessages.notPinned(bound)));
  }
}
